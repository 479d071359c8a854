// What the interpreter hands the layout stage: glyphs placed on an upright page (origin
// bottom-left, y up, points), and the straight rules that may outline table cells.
// The layout stage never sees PoDoFo.
#pragma once

#include <string>
#include <vector>

namespace ehcpqa::pdf {

struct Glyph {
  std::string text;        // UTF-8, possibly several characters (ligatures expanded)
  double x0 = 0, y0 = 0;   // origin on the baseline
  double x1 = 0, y1 = 0;   // end of the advance on the baseline
  double size = 0;         // effective font size, points
  int dir = 0;             // reading direction: 0 right, 1 up, 2 left, 3 down
  double angle = 0;        // the baseline's direction, degrees anticlockwise (dir is its quadrant)
  bool bold = false;
  bool italic = false;
  bool space = false;      // a space character: it separates words whatever the geometry
  bool unmapped = false;   // the font gave no Unicode for this code (text is U+FFFD)
  bool artifact = false;   // inside /Artifact marked content (pagination, headers, footers)
  int mcid = -1;           // marked-content id, for tagged PDFs
  int font = -1;           // index of the font on the page, to tell faces apart
};

// A straight stroke or a thin filled rectangle, as (x0,y0)-(x1,y1) on the upright page.
struct Rule {
  double x0, y0, x1, y1;
  bool horizontal() const { return y1 - y0 < 1.5 && x1 - x0 >= 1.5; }
  bool vertical() const { return x1 - x0 < 1.5 && y1 - y0 >= 1.5; }
};

// A filled rectangle in a tint (neither white nor black): cell or row shading.
struct Shade {
  double x0, y0, x1, y1;
};

struct PageContent {
  int number = 0;  // 1-based
  double width = 0, height = 0;  // upright
  std::vector<Glyph> glyphs;
  std::vector<Rule> rules;
  std::vector<Shade> shades;
  int images = 0;  // image XObjects and inline images drawn
  std::vector<std::string> diagnostics;
};

}  // namespace ehcpqa::pdf
