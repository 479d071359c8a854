// Headings from a tagged PDF's structure tree (PDF 32000 §14.7-14.8). Word, LibreOffice and
// Chromium tag a heading style as H1-H6 around the marked content that draws it; reading the
// tags gives the PDF the heading levels the Word file had, where size and weight say nothing
// (a "Heading 2" drawn at body size in a table row).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "parser/pdf/podofo_fwd.h"

namespace ehcpqa::pdf {

struct StructureLimits {
  int max_depth = 64;
  long max_elements = 200'000;  // against hostile trees: the rest is left unread
};

// page object number -> marked-content id -> heading level (1-6).
using HeadingTags = std::map<uint32_t, std::map<int, int>>;

// The heading tags of a document; empty when it is untagged or its tree cannot be read.
HeadingTags read_heading_tags(PoDoFo::PdfMemDocument& pdf, const StructureLimits& limits = {});

// The heading level of a structure type, after the role map: "H1".."H6" give 1-6, "H" 1;
// anything else 0. "Title" is left to size and weight, as a Word file's Title style is not a
// heading either. Exposed for tests.
int heading_level_of_type(const std::string& type);

}  // namespace ehcpqa::pdf
