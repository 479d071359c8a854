// Every threshold the layout stage uses, with its unit. "em" means a multiple of the
// font size of the text concerned. Validated at construction, so a bad override fails loudly.
#pragma once

#include <stdexcept>

namespace ehcpqa::pdf {

struct LayoutParams {
  // Gap between glyphs, em, above which a word ends (when the PDF draws no space).
  double word_gap = 0.10;
  // Overlap, em, beyond which a glyph drawn "backwards" starts a new word.
  double word_overlap = 0.6;
  // Baselines closer than this, em, are the same text line.
  double baseline_tolerance = 0.4;
  // Gap between words on one baseline, em, above which they belong to different blocks
  // (columns, table cells, tab-separated fields).
  double column_gap = 1.6;
  // Largest distance between consecutive baselines of one paragraph, em.
  double paragraph_leading = 1.5;
  // Font sizes within this ratio count as the same size.
  double same_size_ratio = 1.15;
  // Smallest clear vertical gutter between columns, points.
  double min_gutter = 6.0;
  // Share of the page height, at top and bottom, where running headers and footers live.
  double margin_band = 0.1;
  // A heading's font size is at least this multiple of the body size.
  double heading_size_ratio = 1.12;
  // Glyphs drawn again within this distance, em, with the same text, are fake-bold overprints.
  double overprint_distance = 0.15;
  // Text at a slant (more than this many degrees off the page's axes) is laid out along its own
  // baseline; and when it is also this many times the size of the page's upright text (or,
  // with none, 24 pt or more), it is a watermark ("DRAFT", "COPY") and kept out of the body.
  double diagonal_degrees = 10.0;
  double watermark_size_ratio = 2.0;
  // Upright text at least this large, points, drawn with the same words on page after page,
  // is a stamp or a horizontal watermark ("DRAFT" across the middle), not body text.
  double stamp_size = 36.0;

  void validate() const {
    if (word_gap <= 0 || word_gap >= column_gap || baseline_tolerance <= 0 || paragraph_leading < 1 ||
        same_size_ratio < 1 || min_gutter <= 0 || margin_band <= 0 || margin_band >= 0.5 ||
        heading_size_ratio < 1 || overprint_distance < 0 || diagonal_degrees <= 0 || diagonal_degrees >= 45 ||
        watermark_size_ratio < 1 || stamp_size <= 0) {
      throw std::invalid_argument("invalid PDF layout parameters");
    }
  }
};

}  // namespace ehcpqa::pdf
