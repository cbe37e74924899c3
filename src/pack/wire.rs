//! The wire primitives of the packed form: LEB128 varints, zigzag signed
//! deltas, length-prefixed bytes, and a reader that checks every length
//! and offset against what is left.

use crate::error::{Error, Result};
use crate::span::Span;
use std::ops::Range;

/// The position of `value` in `all` (the enums of the packed form are small
/// and fixed).
pub(super) fn code<T: PartialEq>(all: &[T], value: &T) -> u64 {
    all.iter().position(|v| v == value).unwrap_or(0) as u64
}

/// Bytes being written.
pub(super) struct Writer {
    pub(super) out: Vec<u8>,
}

impl Writer {
    pub(super) fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.out.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    /// A signed delta, zigzag-encoded.
    pub(super) fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    pub(super) fn bytes(&mut self, s: &[u8]) {
        self.uint(s.len() as u64);
        self.out.extend_from_slice(s);
    }

    /// A span, as its start relative to `base` and its length.
    pub(super) fn span(&mut self, span: Span, base: usize) {
        self.int(span.start as i64 - base as i64);
        self.uint(span.end.saturating_sub(span.start) as u64);
    }

    pub(super) fn range(&mut self, r: &Range<usize>, base: usize) {
        self.int(r.start as i64 - base as i64);
        self.uint(r.end.saturating_sub(r.start) as u64);
    }
}

/// Bytes being read; every read checks what is left.
pub(super) struct Reader<'b> {
    pub(super) bytes: &'b [u8],
    pub(super) at: usize,
}

pub(super) fn malformed(what: &str) -> Error {
    Error::Deserialize(format!("packed document: {what}"))
}

impl<'b> Reader<'b> {
    pub(super) fn uint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self
                .bytes
                .get(self.at)
                .ok_or_else(|| malformed("truncated"))?;
            self.at += 1;
            v |= u64::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(malformed("varint too long"))
    }

    pub(super) fn usize(&mut self) -> Result<usize> {
        usize::try_from(self.uint()?).map_err(|_| malformed("number too large"))
    }

    pub(super) fn int(&mut self) -> Result<i64> {
        let v = self.uint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    pub(super) fn bytes(&mut self) -> Result<&'b [u8]> {
        let len = self.usize()?;
        let end = self
            .at
            .checked_add(len)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| malformed("truncated"))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    pub(super) fn str(&mut self) -> Result<&'b str> {
        std::str::from_utf8(self.bytes()?).map_err(|_| malformed("invalid UTF-8"))
    }

    /// A count of items each taking at least one byte: never more than the
    /// bytes left, so a forged count cannot make a huge allocation.
    pub(super) fn count(&mut self) -> Result<usize> {
        let n = self.usize()?;
        if n > self.bytes.len() - self.at {
            return Err(malformed("count larger than the input"));
        }
        Ok(n)
    }

    pub(super) fn pick<T: Copy>(&mut self, all: &[T], what: &str) -> Result<T> {
        let i = self.usize()?;
        all.get(i)
            .copied()
            .ok_or_else(|| malformed(&format!("unknown {what} {i}")))
    }

    pub(super) fn offset(&mut self, base: usize) -> Result<usize> {
        let start = i64::try_from(base).map_err(|_| malformed("offset"))? + self.int()?;
        usize::try_from(start).map_err(|_| malformed("negative offset"))
    }

    /// A span of `text`, on character boundaries.
    pub(super) fn span(&mut self, base: usize, text: &str) -> Result<Span> {
        let start = self.offset(base)?;
        let end = start
            .checked_add(self.usize()?)
            .ok_or_else(|| malformed("span"))?;
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(malformed(&format!(
                "span {start}..{end} does not fit the text"
            )));
        }
        Ok(Span::new(start, end))
    }

    /// A range within `0..len`.
    pub(super) fn range(&mut self, base: usize, len: usize) -> Result<Range<usize>> {
        let start = self.offset(base)?;
        let end = start
            .checked_add(self.usize()?)
            .ok_or_else(|| malformed("range"))?;
        if end > len {
            return Err(malformed(&format!("range {start}..{end} is out of bounds")));
        }
        Ok(start..end)
    }

    /// An optional index below `len`, written as 0 (none) or index + 1.
    pub(super) fn option_index(&mut self, len: usize, what: &str) -> Result<Option<usize>> {
        match self.usize()? {
            0 => Ok(None),
            i if i <= len => Ok(Some(i - 1)),
            i => Err(malformed(&format!("{what} index {} out of range", i - 1))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let values = [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX];
        let mut w = Writer { out: Vec::new() };
        for &v in &values {
            w.uint(v);
            w.int(v as i64);
            w.int(-(v as i64 / 2));
        }
        let mut r = Reader {
            bytes: &w.out,
            at: 0,
        };
        for &v in &values {
            assert_eq!(r.uint().unwrap(), v);
            assert_eq!(r.int().unwrap(), v as i64);
            assert_eq!(r.int().unwrap(), -(v as i64 / 2));
        }
        assert_eq!(r.at, w.out.len());
    }
}
