//! The activities rows deflated on a second thread while the log is read:
//! the row XML comes in buffers of about a megabyte ([`RowDeflater::send`]),
//! a worker deflates them into a temporary file, one raw deflate stream
//! per sheet that ends with a sync flush and no final block
//! ([`RowDeflater::end_sheet`]), so the sheet's entry in the zip can be
//! the sheet's head + the rows + the sheet's tail, each deflated on its
//! own ([`deflate_piece`]). Memory stays flat: at most a few buffers are
//! in flight, and they come back to be filled again.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::{self, JoinHandle};

use flate2::{Compress, Compression, FlushCompress, Status};

/// The deflate level of the whole workbook: level 2, not the default 6:
/// at 100,000 rows the file is 16 % larger (5.2 MB against 4.5 MB) and
/// the export takes a third less time (bench/RESULTS.md).
pub(super) const LEVEL: u8 = 2;

/// The size of a buffer of row XML handed to the worker.
pub(super) const BUFFER: usize = 1 << 20;

/// Buffers in flight between the reader and the worker.
const IN_FLIGHT: usize = 2;

/// One sheet's rows, deflated: where they are in the temporary file, and
/// what the zip entry needs to know of them.
pub(super) struct Segment {
    /// The offset in the temporary file.
    pub offset: u64,
    /// The deflated length.
    pub compressed: u64,
    /// The XML's length.
    pub size: u64,
    /// The CRC-32 of the XML.
    pub crc: crc32fast::Hasher,
}

/// The rows of every sheet, deflated.
pub(super) struct Deflated {
    /// The temporary file that holds them.
    pub file: File,
    /// Each sheet's rows, in sheet order.
    pub sheets: Vec<Segment>,
}

enum Message {
    Xml(Vec<u8>),
    EndSheet,
}

/// Deflates row XML on a worker thread.
pub(super) struct RowDeflater {
    sender: SyncSender<Message>,
    returned: Receiver<Vec<u8>>,
    /// `None` once joined.
    worker: Option<JoinHandle<io::Result<Deflated>>>,
}

impl RowDeflater {
    /// Starts the worker, with a new temporary file.
    pub(super) fn start() -> io::Result<RowDeflater> {
        let file = tempfile::tempfile()?;
        let (sender, received) = sync_channel(IN_FLIGHT);
        let (give_back, returned) = sync_channel(IN_FLIGHT + 2);
        let worker = thread::Builder::new()
            .name("xlsx-deflate".into())
            .spawn(move || deflate_rows(file, received, give_back))?;
        Ok(RowDeflater {
            sender,
            returned,
            worker: Some(worker),
        })
    }

    /// An empty buffer to fill: one the worker is done with, or a new one.
    pub(super) fn spare(&self) -> Vec<u8> {
        self.returned
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(BUFFER + BUFFER / 4))
    }

    /// Hands `xml` to the worker.
    pub(super) fn send(&mut self, xml: Vec<u8>) -> io::Result<()> {
        self.message(Message::Xml(xml))
    }

    /// Ends the current sheet's rows.
    pub(super) fn end_sheet(&mut self) -> io::Result<()> {
        self.message(Message::EndSheet)
    }

    fn message(&mut self, message: Message) -> io::Result<()> {
        if self.sender.send(message).is_ok() {
            return Ok(());
        }
        // The worker only hangs up when it failed (writing the temporary
        // file): its error says why.
        match self.worker.take().map(join) {
            Some(Err(e)) => Err(e),
            _ => Err(io::Error::from(io::ErrorKind::BrokenPipe)),
        }
    }

    /// Waits for the worker to deflate what it was given.
    pub(super) fn finish(mut self) -> io::Result<Deflated> {
        let worker = self.worker.take();
        drop(self);
        worker.map_or_else(|| Err(io::Error::from(io::ErrorKind::BrokenPipe)), join)
    }
}

/// The worker's outcome; its panic goes on here.
fn join(worker: JoinHandle<io::Result<Deflated>>) -> io::Result<Deflated> {
    worker
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The worker: deflates each buffer as it comes, a sheet's rows as one
/// stream.
fn deflate_rows(
    file: File,
    received: Receiver<Message>,
    give_back: SyncSender<Vec<u8>>,
) -> io::Result<Deflated> {
    let mut out = BufWriter::with_capacity(BUFFER, file);
    let mut sheets = Vec::new();
    let mut compress = Compress::new(Compression::new(u32::from(LEVEL)), false);
    let mut crc = crc32fast::Hasher::new();
    let mut offset = 0u64;
    let mut deflated = Vec::with_capacity(BUFFER);
    for message in received {
        let flush = match message {
            Message::Xml(mut xml) => {
                crc.update(&xml);
                deflate(&mut compress, &xml, FlushCompress::None, &mut deflated)?;
                xml.clear();
                // The reader may have stopped; the buffer is then dropped.
                let _ = give_back.try_send(xml);
                false
            }
            Message::EndSheet => {
                deflate(&mut compress, &[], FlushCompress::Sync, &mut deflated)?;
                true
            }
        };
        out.write_all(&deflated)?;
        deflated.clear();
        if flush {
            let end = offset + compress.total_out();
            sheets.push(Segment {
                offset,
                compressed: compress.total_out(),
                size: compress.total_in(),
                crc: std::mem::take(&mut crc),
            });
            offset = end;
            compress.reset();
        }
    }
    let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    Ok(Deflated { file, sheets })
}

/// Deflates `input` into `out` with `flush`: everything in, and for a
/// sync flush or a finish, everything out.
fn deflate(
    compress: &mut Compress,
    mut input: &[u8],
    flush: FlushCompress,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    loop {
        if out.capacity() - out.len() < 64 * 1024 {
            out.reserve(out.capacity().max(64 * 1024));
        }
        let before = compress.total_in();
        let status = compress
            .compress_vec(input, out, flush)
            .map_err(io::Error::other)?;
        input = &input[(compress.total_in() - before) as usize..];
        if !input.is_empty() {
            continue;
        }
        let done = match flush {
            FlushCompress::Finish => status == Status::StreamEnd,
            FlushCompress::None => true,
            // Room left over: the flush is out whole.
            _ => out.len() < out.capacity(),
        };
        if done {
            return Ok(());
        }
    }
}

/// `data` as one piece of a raw deflate stream: ending with a sync flush
/// (more pieces follow), or with the final block (`last`).
pub(super) fn deflate_piece(data: &[u8], last: bool) -> io::Result<Vec<u8>> {
    let mut compress = Compress::new(Compression::new(u32::from(LEVEL)), false);
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    deflate(&mut compress, data, flush, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Seek, SeekFrom};

    use flate2::read::DeflateDecoder;

    use super::*;

    #[test]
    fn pieces_and_rows_make_one_stream_per_sheet() {
        let mut deflater = RowDeflater::start().unwrap();
        let rows: Vec<Vec<u8>> = (0..2)
            .map(|sheet| {
                (0..50_000)
                    .map(|i| format!("<row r=\"{i}\">{sheet}</row>"))
                    .collect::<String>()
                    .into_bytes()
            })
            .collect();
        for sheet in &rows {
            for chunk in sheet.chunks(300_000) {
                let mut buffer = deflater.spare();
                buffer.extend_from_slice(chunk);
                deflater.send(buffer).unwrap();
            }
            deflater.end_sheet().unwrap();
        }
        let Deflated { mut file, sheets } = deflater.finish().unwrap();
        assert_eq!(sheets.len(), 2);
        for (segment, xml) in sheets.iter().zip(&rows) {
            let mut deflated = vec![0; segment.compressed as usize];
            file.seek(SeekFrom::Start(segment.offset)).unwrap();
            file.read_exact(&mut deflated).unwrap();
            let mut whole = deflate_piece(b"<head>", false).unwrap();
            whole.extend(deflated);
            whole.extend(deflate_piece(b"<tail>", true).unwrap());
            let mut inflated = Vec::new();
            DeflateDecoder::new(&whole[..])
                .read_to_end(&mut inflated)
                .unwrap();
            assert_eq!(inflated, [&b"<head>"[..], xml, b"<tail>"].concat());
            assert_eq!(segment.size, xml.len() as u64);
            assert_eq!(segment.crc.clone().finalize(), crc32fast::hash(xml));
        }
    }
}
