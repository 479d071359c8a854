// Runs a page's content streams (PDF 32000 ch. 8-9) far enough to place text: text state
// and matrices, TJ adjustments, ' and ", the graphics-state stack and cm, Form XObjects
// (recursively, depth-limited), marked content, and the rules that outline tables.
// Inline images are skipped.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "parser/pdf/font_decoder.h"
#include "parser/pdf/glyph.h"
#include "parser/pdf/podofo_fwd.h"

namespace ehcpqa::pdf {

struct InterpreterLimits {
  int max_form_depth = 12;
  long max_operators = 4'000'000;  // per page; past it the page is cut short and noted
  size_t max_glyphs = 400'000;     // per page
};

// Fonts are decoded once per font object and shared by every page that uses them.
class FontCache {
 public:
  std::shared_ptr<const FontDecoder> get(const PoDoFo::PdfObject* font, PoDoFo::PdfVecObjects* objects);
  int index_of(const FontDecoder* font);

 private:
  std::map<const PoDoFo::PdfObject*, std::shared_ptr<const FontDecoder>> fonts_;
  std::map<const FontDecoder*, int> indexes_;
};

// What the document's interactive form (/AcroForm) says about drawing field values.
struct FormSettings {
  bool need_appearances = false;   // /NeedAppearances: viewers draw field values themselves
  std::string default_appearance;  // the form's /DA, for fields without their own
};

PageContent interpret_page(PoDoFo::PdfPage* page, int number, PoDoFo::PdfVecObjects* objects, FontCache& fonts,
                           const InterpreterLimits& limits = {}, const FormSettings& form = {});

}  // namespace ehcpqa::pdf
