//! The xlsx file itself, a zip: every entry of the workbook that
//! rust_xlsxwriter saved in memory, copied as it is (still deflated),
//! except the activities sheets. rust_xlsxwriter wrote those with their
//! header row only; each becomes its XML up to `</sheetData>` (the
//! `<dimension>` set to the real last row) + the rows deflated while the
//! log was read ([`super::deflate`]) + the rest. Three raw deflate pieces
//! make one stream, as each but the last ends with a sync flush; their
//! CRC-32s combine into the entry's.
//!
//! The zip is written without ZIP64: past 4 GiB (far beyond Excel's
//! million rows a sheet) the export stops with an error rather than
//! writing a broken file.

use std::fs::File;
use std::io::{self, Cursor, Read, Seek, SeekFrom, Write};

use rust_xlsxwriter::utility::cell_range;
use zip::{CompressionMethod, ZipArchive};

use super::deflate::{Segment, deflate_piece};

/// An activities sheet of the workbook: its entry, the range of its cells
/// and its rows.
pub(super) struct SheetRows<'a> {
    /// The entry's name, `xl/worksheets/sheet1.xml`.
    pub name: String,
    /// The last row and column with a cell, from 0.
    pub last_row: u32,
    pub last_col: u16,
    /// The rows, deflated.
    pub rows: &'a Segment,
}

/// Why the file cannot be written.
#[derive(Debug)]
pub(super) enum PackageError {
    /// Past the 4 GiB that a zip without ZIP64 holds.
    TooBig,
    /// The workbook is not as rust_xlsxwriter writes it.
    Unexpected(String),
    /// Reading or writing.
    Io(io::Error),
}

impl From<io::Error> for PackageError {
    fn from(e: io::Error) -> PackageError {
        PackageError::Io(e)
    }
}

impl From<zip::result::ZipError> for PackageError {
    fn from(e: zip::result::ZipError) -> PackageError {
        match e {
            zip::result::ZipError::Io(e) => PackageError::Io(e),
            other => PackageError::Unexpected(other.to_string()),
        }
    }
}

/// Writes the xlsx file to `out`: the entries of `workbook` (a zip as
/// rust_xlsxwriter saves it), the activities sheets with their rows from
/// `rows`.
pub(super) fn write_package<W: Write>(
    out: W,
    workbook: &[u8],
    sheets: &[SheetRows<'_>],
    rows: &mut File,
) -> Result<(), PackageError> {
    let mut archive = ZipArchive::new(Cursor::new(workbook))?;
    let mut zip = ZipOut::new(out);
    for index in 0..archive.len() {
        let name = archive.by_index_raw(index)?.name()?.into_owned();
        match sheets.iter().find(|s| s.name == name) {
            Some(sheet) => {
                let mut template = String::new();
                let mut entry = archive.by_index(index)?;
                let head = Entry::of(&entry)?;
                entry.read_to_string(&mut template)?;
                zip.sheet(head, &template, sheet, rows)?;
            }
            None => {
                let mut entry = archive.by_index_raw(index)?;
                let head = Entry::of(&entry)?;
                zip.entry(&head, |out| io::copy(&mut entry, out))?;
            }
        }
    }
    zip.finish()
}

/// A zip entry's header fields.
struct Entry {
    name: String,
    method: u16,
    time: u16,
    date: u16,
    crc: u32,
    compressed: u64,
    size: u64,
    unix_mode: Option<u32>,
}

impl Entry {
    fn of<R: Read>(entry: &zip::read::ZipFile<'_, R>) -> Result<Entry, PackageError> {
        let method = match entry.compression() {
            CompressionMethod::Stored => 0,
            CompressionMethod::Deflated => 8,
            other => {
                return Err(PackageError::Unexpected(format!("compression {other:?}")));
            }
        };
        let modified = entry.last_modified().unwrap_or_default();
        Ok(Entry {
            name: entry.name()?.into_owned(),
            method,
            time: modified.timepart(),
            date: modified.datepart(),
            crc: entry.crc32(),
            compressed: entry.compressed_size(),
            size: entry.size(),
            unix_mode: entry.unix_mode(),
        })
    }
}

/// A zip being written: local entries, then the central directory.
struct ZipOut<W> {
    out: W,
    offset: u64,
    central: Vec<u8>,
    entries: u16,
}

/// The zip's limits without ZIP64.
fn small<T: TryFrom<u64>>(n: u64) -> Result<T, PackageError> {
    T::try_from(n).map_err(|_| PackageError::TooBig)
}

impl<W: Write> ZipOut<W> {
    fn new(out: W) -> ZipOut<W> {
        ZipOut {
            out,
            offset: 0,
            central: Vec::new(),
            entries: 0,
        }
    }

    /// An activities sheet: the template's head, the rows, its tail.
    fn sheet(
        &mut self,
        mut head: Entry,
        template: &str,
        sheet: &SheetRows<'_>,
        rows: &mut File,
    ) -> Result<(), PackageError> {
        let unexpected = |what: &str| PackageError::Unexpected(format!("{}: {what}", sheet.name));
        let header_only = format!(
            "<dimension ref=\"{}\"/>",
            cell_range(0, 0, 0, sheet.last_col)
        );
        let real = format!(
            "<dimension ref=\"{}\"/>",
            cell_range(0, 0, sheet.last_row, sheet.last_col)
        );
        let at = template
            .find(&header_only)
            .ok_or_else(|| unexpected("no header-only dimension"))?;
        let end = template
            .find("</sheetData>")
            .ok_or_else(|| unexpected("no </sheetData>"))?;
        if end < at {
            return Err(unexpected("</sheetData> before the dimension"));
        }
        let first = [
            &template[..at],
            &real,
            &template[at + header_only.len()..end],
        ]
        .concat();
        let last = &template[end..];
        let first_deflated = deflate_piece(first.as_bytes(), false)?;
        let last_deflated = deflate_piece(last.as_bytes(), true)?;
        let mut crc = crc32fast::Hasher::new();
        crc.update(first.as_bytes());
        crc.combine(&sheet.rows.crc);
        crc.update(last.as_bytes());
        head.method = 8;
        head.crc = crc.finalize();
        head.size = first.len() as u64 + sheet.rows.size + last.len() as u64;
        head.compressed =
            first_deflated.len() as u64 + sheet.rows.compressed + last_deflated.len() as u64;
        rows.seek(SeekFrom::Start(sheet.rows.offset))?;
        let mut deflated_rows = Read::by_ref(rows).take(sheet.rows.compressed);
        self.entry(&head, |out| {
            out.write_all(&first_deflated)?;
            let copied = io::copy(&mut deflated_rows, out)?;
            out.write_all(&last_deflated)?;
            Ok(first_deflated.len() as u64 + copied + last_deflated.len() as u64)
        })
    }

    /// One entry: its local header, then its data as `data` writes it.
    fn entry(
        &mut self,
        head: &Entry,
        data: impl FnOnce(&mut W) -> io::Result<u64>,
    ) -> Result<(), PackageError> {
        let crc = head.crc.to_le_bytes();
        let compressed: u32 = small(head.compressed)?;
        let size: u32 = small(head.size)?;
        let offset: u32 = small(self.offset)?;
        let name = head.name.as_bytes();
        let name_len: u16 = small(name.len() as u64)?;
        // Bit 11: the name is UTF-8.
        let flags: u16 = if head.name.is_ascii() { 0 } else { 0x0800 };
        let common = [
            &20u16.to_le_bytes()[..],
            &flags.to_le_bytes(),
            &head.method.to_le_bytes(),
            &head.time.to_le_bytes(),
            &head.date.to_le_bytes(),
            &crc,
            &compressed.to_le_bytes(),
            &size.to_le_bytes(),
            &name_len.to_le_bytes(),
            &0u16.to_le_bytes(),
        ]
        .concat();
        let local = [&0x0403_4b50u32.to_le_bytes()[..], &common, name].concat();
        self.out.write_all(&local)?;
        let written = data(&mut self.out)?;
        if written != head.compressed {
            return Err(PackageError::Unexpected(format!(
                "{}: {written} bytes written, {} announced",
                head.name, head.compressed
            )));
        }
        // Made by: Unix (3) when the mode is known, zip 2.0.
        let (made_by, external) = match head.unix_mode {
            Some(mode) => (0x0314u16, mode << 16),
            None => (20, 0),
        };
        for field in [
            &0x0201_4b50u32.to_le_bytes()[..],
            &made_by.to_le_bytes(),
            &common,
            // Comment length, disk, internal attributes.
            &[0; 6],
            &external.to_le_bytes(),
            &offset.to_le_bytes(),
            name,
        ] {
            self.central.extend_from_slice(field);
        }
        self.entries = self.entries.checked_add(1).ok_or(PackageError::TooBig)?;
        self.offset += local.len() as u64 + written;
        Ok(())
    }

    /// The central directory and the end record.
    fn finish(mut self) -> Result<(), PackageError> {
        let start: u32 = small(self.offset)?;
        let length: u32 = small(self.central.len() as u64)?;
        small::<u32>(self.offset + self.central.len() as u64 + 22)?;
        self.out.write_all(&self.central)?;
        let end = [
            &0x0605_4b50u32.to_le_bytes()[..],
            // This disk, the directory's disk.
            &[0; 4],
            &self.entries.to_le_bytes(),
            &self.entries.to_le_bytes(),
            &length.to_le_bytes(),
            &start.to_le_bytes(),
            // Comment length.
            &[0; 2],
        ]
        .concat();
        self.out.write_all(&end)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(compressed: u64, size: u64) -> Entry {
        Entry {
            name: "xl/worksheets/sheet1.xml".into(),
            method: 8,
            time: 0,
            date: 0x21,
            crc: 0,
            compressed,
            size,
            unix_mode: Some(0o100600),
        }
    }

    #[test]
    fn an_entry_past_4_gib_is_refused_before_a_byte_of_it() {
        for (compressed, size) in [(1 << 32, 1), (1, 1 << 32)] {
            let mut zip = ZipOut::new(Vec::new());
            let refused = zip.entry(&entry(compressed, size), |_| unreachable!());
            assert!(matches!(refused, Err(PackageError::TooBig)));
            assert!(zip.out.is_empty());
        }
    }

    #[test]
    fn an_entry_shorter_than_announced_is_an_error() {
        let mut zip = ZipOut::new(Vec::new());
        let written = zip.entry(&entry(10, 20), |out| {
            out.extend_from_slice(b"abc");
            Ok(3)
        });
        assert!(matches!(written, Err(PackageError::Unexpected(_))));
    }

    #[test]
    fn a_sheet_not_as_rust_xlsxwriter_writes_it_is_refused() {
        let rows = Segment {
            offset: 0,
            compressed: 0,
            size: 0,
            crc: crc32fast::Hasher::new(),
        };
        let sheet = SheetRows {
            name: "xl/worksheets/sheet1.xml".into(),
            last_row: 5,
            last_col: 2,
            rows: &rows,
        };
        let mut file = tempfile::tempfile().unwrap();
        for template in [
            "<worksheet><dimension ref=\"A1:C1\"/><sheetData><row/></worksheet>",
            "<worksheet><dimension ref=\"A1:C9\"/><sheetData></sheetData></worksheet>",
        ] {
            let mut zip = ZipOut::new(Vec::new());
            let refused = zip.sheet(entry(0, 0), template, &sheet, &mut file);
            assert!(
                matches!(refused, Err(PackageError::Unexpected(_))),
                "{template}"
            );
        }
    }
}
