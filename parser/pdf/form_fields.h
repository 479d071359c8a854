// The value of a filled-in form field, drawn by ehcpqa when the PDF leaves it to the viewer:
// with /NeedAppearances set, or no appearance stream, a viewer draws a text field's /V itself,
// and a reader that only runs drawings would lose what was typed into the plan.
#pragma once

#include <string>

#include "parser/pdf/podofo_fwd.h"

namespace ehcpqa::pdf {

// A content stream that writes the value of `widget` (a text or choice field's /V, inherited
// from its parents) into the widget's rectangle in Helvetica at the size its /DA asks for
// (`default_da`, the form's, when it has none), one line per line of the value, long lines
// wrapped. Empty when the widget is not a filled text or choice field.
std::string field_value_content(const PoDoFo::PdfObject* widget, PoDoFo::PdfVecObjects* objects,
                                const std::string& default_da);

// Resources naming the font the content above uses (/F0, Helvetica, WinAnsi).
const PoDoFo::PdfObject* field_value_resources();

// UTF-8 as WinAnsi bytes, for a string in a simple font's content stream; '?' for what
// WinAnsi lacks. Exposed for tests.
std::string to_win_ansi(const std::string& utf8);

}  // namespace ehcpqa::pdf
