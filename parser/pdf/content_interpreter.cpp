#include "parser/pdf/content_interpreter.h"

#include <cmath>
#include <cstring>
#include <numbers>
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "parser/pdf/form_fields.h"
#include "parser/pdf/podofo_util.h"

namespace ehcpqa::pdf {
namespace {

using namespace PoDoFo;

// A 2-D affine matrix [a b c d e f], PDF row-vector convention: p' = p x M.
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  // this x other: apply this first, then other.
  Matrix then(const Matrix& o) const {
    return {a * o.a + b * o.c, a * o.b + b * o.d, c * o.a + d * o.c, c * o.b + d * o.d,
            e * o.a + f * o.c + o.e, e * o.b + f * o.d + o.f};
  }
  void apply(double x, double y, double& ox, double& oy) const {
    ox = x * a + y * c + e;
    oy = x * b + y * d + f;
  }
};

struct GraphicsState {
  Matrix ctm;
  std::shared_ptr<const FontDecoder> font;
  double font_size = 0;
  double char_spacing = 0, word_spacing = 0, horizontal_scale = 1, leading = 0, rise = 0;
  int render_mode = 0;
  double fill_lightness = 0;  // 0 black .. 1 white, of the current fill colour
};

// Typographic ligatures as the letters they stand for ("ﬁnds" -> "finds").
void expand_ligatures(std::string& text) {
  static const std::pair<const char*, const char*> ligatures[] = {
      {"\xEF\xAC\x80", "ff"}, {"\xEF\xAC\x81", "fi"}, {"\xEF\xAC\x82", "fl"}, {"\xEF\xAC\x83", "ffi"},
      {"\xEF\xAC\x84", "ffl"}, {"\xEF\xAC\x85", "st"}, {"\xEF\xAC\x86", "st"}};
  if (text.find("\xEF\xAC") == std::string::npos) return;
  for (const auto& [from, to] : ligatures) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, 3, to);
      at += std::strlen(to);
    }
  }
}

double num(const PdfVariant& v) {
  if (v.IsReal()) return v.GetReal();
  if (v.IsNumber()) return static_cast<double>(v.GetNumber());
  return 0;
}

std::string_view string_bytes(const PdfVariant& v) {
  if (!v.IsString() && !v.IsHexString()) return {};
  const PdfString& s = v.GetString();
  return std::string_view(s.GetString() ? s.GetString() : "", static_cast<size_t>(s.GetLength()));
}

class Interpreter {
 public:
  Interpreter(PageContent& page, PdfVecObjects* objects, FontCache& fonts, const InterpreterLimits& limits,
              const Matrix& device)
      : page_(page), objects_(objects), fonts_(fonts), limits_(limits), device_(device) {
    state_.ctm = device;
  }

  void run(const std::string& content, const PdfObject* resources, int depth) {
    if (content.empty()) return;
    PdfContentsTokenizer tokenizer(content.data(), static_cast<long>(content.size()));
    EPdfContentsType type;
    const char* keyword = nullptr;
    PdfVariant variant;
    std::vector<PdfVariant> operands;
    // A damaged token (a stray ')', a broken array) is skipped and reading goes on, as
    // poppler does; a stream that keeps failing is given up.
    int errors = 0;
    while (true) {
      try {
        if (!tokenizer.ReadNext(type, keyword, variant)) break;
      } catch (const PdfError&) {
        operands.clear();
        if (++errors == 1) {
          page_.diagnostics.push_back(fmt::format("Page {} has a damaged content stream; what could be read was kept.", page_.number));
        }
        if (errors > kMaxTokenErrors) break;
        continue;
      }
      if (type == ePdfContentsType_Variant) {
        if (operands.size() < 64) operands.push_back(variant);
        continue;
      }
      if (type == ePdfContentsType_ImageData) {
        ++page_.images;
        operands.clear();
        continue;
      }
      if (++operators_ > limits_.max_operators || page_.glyphs.size() > limits_.max_glyphs) {
        if (!cut_short_) page_.diagnostics.push_back(fmt::format("Page {} is too complex; only its first part was read.", page_.number));
        cut_short_ = true;
        return;
      }
      try {
        op(keyword, operands, resources, depth);
      } catch (const PdfError&) {
        if (++errors > kMaxTokenErrors) break;
      }
      operands.clear();
    }
  }

  static constexpr int kMaxTokenErrors = 200;

 private:
  void op(std::string_view k, const std::vector<PdfVariant>& o, const PdfObject* resources, int depth) {
    const size_t n = o.size();
    auto arg = [&](size_t i) { return i < n ? num(o[i]) : 0.0; };
    switch (k.size() == 1 ? k[0] : 0) {
      case 'q': if (stack_.size() < 256) stack_.push_back(state_); return;
      case 'Q': if (!stack_.empty()) { state_ = stack_.back(); stack_.pop_back(); } return;
      case '\'': next_line(); show(o.empty() ? PdfVariant() : o.back()); return;
      case '"':
        if (n >= 3) { state_.word_spacing = arg(0); state_.char_spacing = arg(1); }
        next_line();
        if (n >= 1) show(o.back());
        return;
      case 'm': if (n >= 2) { path_start_x_ = cur_x_ = arg(0); path_start_y_ = cur_y_ = arg(1); } return;
      case 'l': if (n >= 2) { segment(cur_x_, cur_y_, arg(0), arg(1)); cur_x_ = arg(0); cur_y_ = arg(1); } return;
      case 'h': segment(cur_x_, cur_y_, path_start_x_, path_start_y_); return;
      case 'c': if (n >= 6) { cur_x_ = arg(4); cur_y_ = arg(5); curved_ = true; } return;
      case 'v': case 'y': if (n >= 4) { cur_x_ = arg(2); cur_y_ = arg(3); curved_ = true; } return;
      case 'S': case 's': paint(false); return;
      case 'f': case 'F': case 'B': case 'b': paint(true); return;
      case 'n': path_.clear(); curved_ = false; return;
      default: break;
    }
    if (k == "cm" && n >= 6) {
      state_.ctm = Matrix{arg(0), arg(1), arg(2), arg(3), arg(4), arg(5)}.then(state_.ctm);
    } else if (k == "BT") {
      tm_ = tlm_ = Matrix{};
    } else if (k == "Tf" && n >= 2) {
      state_.font = font_resource(resources, o[0].IsName() ? o[0].GetName().GetName() : "");
      state_.font_size = arg(1);
    } else if (k == "Tc" && n >= 1) {
      state_.char_spacing = arg(0);
    } else if (k == "Tw" && n >= 1) {
      state_.word_spacing = arg(0);
    } else if (k == "Tz" && n >= 1) {
      state_.horizontal_scale = arg(0) / 100.0;
    } else if (k == "TL" && n >= 1) {
      state_.leading = arg(0);
    } else if (k == "Ts" && n >= 1) {
      state_.rise = arg(0);
    } else if (k == "Tr" && n >= 1) {
      state_.render_mode = static_cast<int>(arg(0));
    } else if (k == "Td" && n >= 2) {
      tlm_ = Matrix{1, 0, 0, 1, arg(0), arg(1)}.then(tlm_);
      tm_ = tlm_;
    } else if (k == "TD" && n >= 2) {
      state_.leading = -arg(1);
      tlm_ = Matrix{1, 0, 0, 1, arg(0), arg(1)}.then(tlm_);
      tm_ = tlm_;
    } else if (k == "Tm" && n >= 6) {
      tm_ = tlm_ = Matrix{arg(0), arg(1), arg(2), arg(3), arg(4), arg(5)};
    } else if (k == "T*") {
      next_line();
    } else if (k == "Tj" && n >= 1) {
      show(o[0]);
    } else if (k == "TJ" && n >= 1 && o[0].IsArray()) {
      for (const PdfObject& item : o[0].GetArray()) {
        if (item.IsString() || item.IsHexString()) {
          show(item);
        } else if (item.IsNumber() || item.IsReal()) {
          // A negative number moves right: kerning, or a word space drawn as a gap.
          advance(-num(item) / 1000.0 * state_.font_size * state_.horizontal_scale);
        }
      }
    } else if (k == "re" && n >= 4) {
      const double x = arg(0), y = arg(1), w = arg(2), h = arg(3);
      segment(x, y, x + w, y);
      segment(x + w, y, x + w, y + h);
      segment(x + w, y + h, x, y + h);
      segment(x, y + h, x, y);
      rect_ = true;
    } else if (k == "f*" || k == "B*" || k == "b*") {
      paint(true);
    } else if (k == "g" && n >= 1) {
      state_.fill_lightness = arg(0);
    } else if (k == "rg" && n >= 3) {
      state_.fill_lightness = 0.299 * arg(0) + 0.587 * arg(1) + 0.114 * arg(2);
    } else if (k == "k" && n >= 4) {
      state_.fill_lightness = (1 - arg(0)) * (1 - arg(3)) * 0.4 + (1 - arg(1)) * (1 - arg(3)) * 0.4 + (1 - arg(2)) * (1 - arg(3)) * 0.2;
    } else if ((k == "sc" || k == "scn") && (n == 1 || n == 3 || n == 4) && !o.back().IsName()) {
      if (n == 1) state_.fill_lightness = arg(0);
      else if (n == 3) state_.fill_lightness = 0.299 * arg(0) + 0.587 * arg(1) + 0.114 * arg(2);
      else state_.fill_lightness = (1 - arg(3)) * (1 - (arg(0) + arg(1) + arg(2)) / 3);
    } else if (k == "Do" && n >= 1 && o[0].IsName()) {
      draw_xobject(resources, o[0].GetName().GetName(), depth);
    } else if (k == "BDC" || k == "BMC") {
      int mcid = marked_.empty() ? -1 : marked_.back().first;
      bool artifact = !marked_.empty() && marked_.back().second;
      if (n >= 1 && o[0].IsName() && o[0].GetName().GetName() == "Artifact") artifact = true;
      if (k == "BDC" && n >= 2) {
        const PdfObject* props = nullptr;
        PdfObject inline_props;
        if (o[1].IsDictionary()) {
          inline_props = PdfObject(o[1].GetDictionary());
          props = &inline_props;
        } else if (o[1].IsName()) {
          props = key(key(resources, "Properties", objects_), o[1].GetName().GetName().c_str(), objects_);
        }
        if (auto id = number(key(props, "MCID", objects_))) mcid = static_cast<int>(*id);
      }
      if (marked_.size() < 256) marked_.emplace_back(mcid, artifact);
    } else if (k == "EMC") {
      if (!marked_.empty()) marked_.pop_back();
    }
  }

  std::shared_ptr<const FontDecoder> font_resource(const PdfObject* resources, const std::string& name) {
    const PdfObject* font = key(key(resources, "Font", objects_), name.c_str(), objects_);
    if (!font) {
      if (missing_fonts_.insert(name).second) {
        page_.diagnostics.push_back(fmt::format("Page {} uses a font '{}' it does not define.", page_.number, name));
      }
      return FontDecoder::fallback();
    }
    return fonts_.get(font, objects_);
  }

  void next_line() {
    tlm_ = Matrix{1, 0, 0, 1, 0, -state_.leading}.then(tlm_);
    tm_ = tlm_;
  }

  void advance(double tx) { tm_ = Matrix{1, 0, 0, 1, tx, 0}.then(tm_); }

  void show(const PdfVariant& string) {
    if (!state_.font) state_.font = FontDecoder::fallback();
    decoded_.clear();
    state_.font->decode(string_bytes(string), decoded_);
    const double size = state_.font_size;
    const double hscale = state_.horizontal_scale;
    const Matrix scale{size * hscale, 0, 0, size, 0, state_.rise};
    const int font_index = fonts_.index_of(state_.font.get());
    for (const DecodedGlyph& d : decoded_) {
      const Matrix trm = scale.then(tm_).then(state_.ctm);
      Glyph g;
      g.text = d.text;
      expand_ligatures(g.text);
      trm.apply(0, 0, g.x0, g.y0);
      if (state_.font->vertical()) {
        trm.apply(0, -1, g.x1, g.y1);
      } else {
        trm.apply(d.width, 0, g.x1, g.y1);
      }
      // Effective size: how tall one unit of text space is on the page.
      g.size = std::hypot(trm.c, trm.d);
      double dx = g.x1 - g.x0, dy = g.y1 - g.y0;
      if (std::abs(dx) < 1e-9 && std::abs(dy) < 1e-9) dx = trm.a, dy = trm.b;
      g.dir = std::abs(dx) >= std::abs(dy) ? (dx >= 0 ? 0 : 2) : (dy > 0 ? 1 : 3);
      g.angle = std::atan2(dy, dx) * 180 / std::numbers::pi;
      g.bold = state_.font->bold() || state_.render_mode == 2;  // fill+stroke is a common fake bold
      g.italic = state_.font->italic();
      g.space = d.text == " " || d.text == "\xC2\xA0";
      g.unmapped = d.unmapped;
      g.mcid = marked_.empty() ? -1 : marked_.back().first;
      g.artifact = !marked_.empty() && marked_.back().second;
      g.font = font_index;
      if (page_.glyphs.size() < limits_.max_glyphs) page_.glyphs.push_back(std::move(g));
      const double spacing = state_.char_spacing + (d.word_space ? state_.word_spacing : 0);
      if (state_.font->vertical()) {
        tm_ = Matrix{1, 0, 0, 1, 0, -(size + spacing)}.then(tm_);
      } else {
        advance((d.width * size + spacing) * hscale);
      }
    }
  }

  void segment(double x0, double y0, double x1, double y1) {
    if (path_.size() < 4096) path_.push_back({x0, y0, x1, y1});
  }

  // Keeps straight horizontal and vertical edges of the painted path as rules, and a filled
  // rectangle in a tint as shading.
  void paint(bool fill) {
    if (fill && rect_ && !curved_ && path_.size() == 4 && state_.fill_lightness > 0.05 && state_.fill_lightness < 0.97) {
      double xs[4], ys[4];
      for (int i = 0; i < 4; ++i) state_.ctm.apply(path_[static_cast<size_t>(i)].x0, path_[static_cast<size_t>(i)].y0, xs[i], ys[i]);
      const Shade shade{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
                        *std::max_element(ys, ys + 4)};
      if (shade.x1 - shade.x0 >= 4 && shade.y1 - shade.y0 >= 4 && page_.shades.size() < 20000) page_.shades.push_back(shade);
    }
    // A filled many-sided outline with slanted sides is a drawing (LibreOffice draws a
    // watermark's letters as flattened polygons), not rules: its short upright sides would
    // split lines. (Stroked polylines, such as a chart's, are left as they were.)
    size_t slanted = 0;
    for (const Rule& r : path_) {
      const double dx = std::abs(r.x1 - r.x0), dy = std::abs(r.y1 - r.y0);
      slanted += (dx >= 1.5 && dy >= 1.5) ? 1 : 0;
    }
    const bool outline = fill && path_.size() >= 8 && slanted >= 2;
    if (!curved_ && !outline) {
      for (const Rule& r : path_) {
        double ax, ay, bx, by;
        state_.ctm.apply(r.x0, r.y0, ax, ay);
        state_.ctm.apply(r.x1, r.y1, bx, by);
        Rule out{std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)};
        if ((out.horizontal() || out.vertical()) && page_.rules.size() < 20000) page_.rules.push_back(out);
      }
    }
    path_.clear();
    curved_ = false;
    rect_ = false;
  }

  void draw_xobject(const PdfObject* resources, const std::string& name, int depth) {
    const PdfObject* xobject = key(key(resources, "XObject", objects_), name.c_str(), objects_);
    if (!xobject || !xobject->IsDictionary()) return;
    const std::string subtype = name_of(key(xobject, "Subtype", objects_));
    if (subtype == "Image") {
      ++page_.images;
      return;
    }
    if (subtype != "Form") return;
    draw_form(xobject, Matrix{}, resources, depth);
  }

 public:
  // Draws a Form XObject (or an annotation's appearance stream) with `placement` applied
  // after the form's own /Matrix.
  void draw_form(const PdfObject* xobject, const Matrix& placement, const PdfObject* resources, int depth) {
    if (depth >= limits_.max_form_depth || active_forms_.count(xobject)) {
      page_.diagnostics.push_back(fmt::format("Page {} nests drawings too deeply; some were skipped.", page_.number));
      return;
    }
    const std::string content = stream_bytes(xobject);
    Matrix form;
    const auto m = array_of(key(xobject, "Matrix", objects_), objects_);
    if (m.size() == 6) {
      form = Matrix{number(m[0]).value_or(1), number(m[1]).value_or(0), number(m[2]).value_or(0),
                    number(m[3]).value_or(1), number(m[4]).value_or(0), number(m[5]).value_or(0)};
    }
    const PdfObject* form_resources = key(xobject, "Resources", objects_);
    with_state_restored([&] {
      state_.ctm = form.then(placement).then(state_.ctm);
      active_forms_.insert(xobject);
      run(content, form_resources ? form_resources : resources, depth + 1);
      active_forms_.erase(xobject);
    });
  }

  // Runs `content` in the page's own space, whatever state the page's content left behind:
  // text ehcpqa writes itself (a form field's value that has no drawing of its own).
  void draw_in_page_space(const std::string& content, const PdfObject* resources) {
    with_state_restored([&] {
      state_ = GraphicsState{};
      state_.ctm = device_;
      run(content, resources, 0);
    });
  }

 private:
  // Runs `draw` and then puts the graphics and text state back as they were, whatever `draw`
  // left unbalanced: a form or a written-in value must not disturb the page around it.
  template <class Draw>
  void with_state_restored(Draw&& draw) {
    const GraphicsState saved = state_;
    const Matrix saved_tm = tm_, saved_tlm = tlm_;
    const size_t saved_stack = stack_.size();
    draw();
    stack_.resize(std::min(stack_.size(), saved_stack));
    state_ = saved;
    tm_ = saved_tm;
    tlm_ = saved_tlm;
  }

  PageContent& page_;
  PdfVecObjects* objects_;
  FontCache& fonts_;
  const InterpreterLimits& limits_;
  GraphicsState state_;
  std::vector<GraphicsState> stack_;
  Matrix tm_, tlm_;
  std::vector<std::pair<int, bool>> marked_;  // (mcid, artifact) of open marked-content sequences
  std::vector<DecodedGlyph> decoded_;
  std::vector<Rule> path_;  // in user space until painted
  double cur_x_ = 0, cur_y_ = 0, path_start_x_ = 0, path_start_y_ = 0;
  bool curved_ = false, rect_ = false;
  Matrix device_;  // user space -> the upright page
  std::set<const PdfObject*> active_forms_;
  std::set<std::string> missing_fonts_;
  long operators_ = 0;
  bool cut_short_ = false;
};

// Filled-in form fields and text annotations are drawn by their appearance streams, not by
// the page's content: draw each visible one into its rectangle (PDF 32000 12.5.5). A text or
// choice field whose value has no appearance, or whose form asks viewers to draw values
// themselves (/NeedAppearances), has its value written in, as a viewer shows it.
void draw_annotations(Interpreter& interpreter, PdfPage* page, PdfVecObjects* objects, const PdfObject* resources,
                      const FormSettings& form) {
  const PdfObject* page_object = page->GetObject();
  for (const PdfObject* annot : array_of(key(page_object, "Annots", objects), objects)) {
    const std::string subtype = name_of(key(annot, "Subtype", objects));
    if (subtype != "Widget" && subtype != "FreeText") continue;
    const int flags = static_cast<int>(number(key(annot, "F", objects)).value_or(0));
    if (flags & (1 << 1)) continue;  // hidden
    const PdfObject* appearance = key(key(annot, "AP", objects), "N", objects);
    if (appearance && appearance->IsDictionary() && !appearance->HasStream()) {
      // One appearance per state (check boxes): the current one is named by /AS.
      appearance = key(appearance, name_of(key(annot, "AS", objects)).c_str(), objects);
    }
    const bool drawn = appearance && appearance->HasStream();
    if (subtype == "Widget" && (form.need_appearances || !drawn)) {
      const std::string value = field_value_content(annot, objects, form.default_appearance);
      if (!value.empty()) {
        interpreter.draw_in_page_space(value, field_value_resources());
        continue;
      }
    }
    if (!drawn) continue;
    const auto rect = array_of(key(annot, "Rect", objects), objects);
    const auto bbox = array_of(key(appearance, "BBox", objects), objects);
    if (rect.size() != 4 || bbox.size() != 4) continue;
    double r[4], b[4];
    for (int i = 0; i < 4; ++i) {
      r[i] = number(rect[static_cast<size_t>(i)]).value_or(0);
      b[i] = number(bbox[static_cast<size_t>(i)]).value_or(0);
    }
    Matrix form;
    const auto m = array_of(key(appearance, "Matrix", objects), objects);
    if (m.size() == 6) {
      form = Matrix{number(m[0]).value_or(1), number(m[1]).value_or(0), number(m[2]).value_or(0),
                    number(m[3]).value_or(1), number(m[4]).value_or(0), number(m[5]).value_or(0)};
    }
    // The box the form's matrix makes of its BBox is mapped onto the annotation's rectangle.
    double xs[4], ys[4];
    form.apply(b[0], b[1], xs[0], ys[0]);
    form.apply(b[2], b[1], xs[1], ys[1]);
    form.apply(b[0], b[3], xs[2], ys[2]);
    form.apply(b[2], b[3], xs[3], ys[3]);
    const double bx0 = *std::min_element(xs, xs + 4), bx1 = *std::max_element(xs, xs + 4);
    const double by0 = *std::min_element(ys, ys + 4), by1 = *std::max_element(ys, ys + 4);
    const double rx0 = std::min(r[0], r[2]), rx1 = std::max(r[0], r[2]);
    const double ry0 = std::min(r[1], r[3]), ry1 = std::max(r[1], r[3]);
    if (bx1 - bx0 < 1e-6 || by1 - by0 < 1e-6) continue;
    const double sx = (rx1 - rx0) / (bx1 - bx0), sy = (ry1 - ry0) / (by1 - by0);
    const Matrix placement{sx, 0, 0, sy, rx0 - bx0 * sx, ry0 - by0 * sy};
    interpreter.draw_form(appearance, placement, resources, 0);
  }
}

// Text drawn wholly outside the crop box is shown by no viewer (pdftotext drops it too):
// leftovers of a cropped page, text pushed off the edge. A glyph that overlaps the edge stays.
void drop_glyphs_off_the_page(PageContent& content) {
  std::erase_if(content.glyphs, [&](const Glyph& g) {
    const double margin = std::max(g.size, 0.0);
    return std::max(g.x0, g.x1) + margin < 0 || std::min(g.x0, g.x1) - margin > content.width ||
           std::max(g.y0, g.y1) + margin < 0 || std::min(g.y0, g.y1) - margin > content.height;
  });
}

}  // namespace

std::shared_ptr<const FontDecoder> FontCache::get(const PdfObject* font, PdfVecObjects* objects) {
  auto it = fonts_.find(font);
  if (it != fonts_.end()) return it->second;
  auto decoder = FontDecoder::load(font, objects);
  fonts_[font] = decoder;
  return decoder;
}

int FontCache::index_of(const FontDecoder* font) {
  auto it = indexes_.find(font);
  if (it != indexes_.end()) return it->second;
  const int index = static_cast<int>(indexes_.size());
  indexes_[font] = index;
  return index;
}

PageContent interpret_page(PdfPage* page, int number, PdfVecObjects* objects, FontCache& fonts,
                           const InterpreterLimits& limits, const FormSettings& form) {
  PageContent content;
  content.number = number;
  PdfRect box = page->GetMediaBox();
  try {
    const PdfRect crop = page->GetCropBox();
    if (crop.GetWidth() > 1 && crop.GetHeight() > 1) box = crop;
  } catch (const PdfError&) {
  }
  const double x0 = box.GetLeft(), y0 = box.GetBottom();
  const double x1 = x0 + box.GetWidth(), y1 = y0 + box.GetHeight();
  int rotation = 0;
  try {
    rotation = ((page->GetRotation() % 360) + 360) % 360;
  } catch (const PdfError&) {
  }
  // User space -> the upright page a reader sees (origin bottom-left).
  Matrix device;
  switch (rotation) {
    case 90: device = Matrix{0, -1, 1, 0, -y0, x1}; content.width = y1 - y0; content.height = x1 - x0; break;
    case 180: device = Matrix{-1, 0, 0, -1, x1, y1}; content.width = x1 - x0; content.height = y1 - y0; break;
    case 270: device = Matrix{0, 1, -1, 0, y1, -x0}; content.width = y1 - y0; content.height = x1 - x0; break;
    default: device = Matrix{1, 0, 0, 1, -x0, -y0}; content.width = x1 - x0; content.height = y1 - y0; break;
  }
  std::string bytes;
  const PdfObject* contents = resolve(page->GetContents(), objects);
  if (contents && contents->IsArray()) {
    for (const PdfObject* part : array_of(contents, objects)) {
      bytes += stream_bytes(part);
      bytes += '\n';
    }
  } else if (contents) {
    bytes = stream_bytes(contents);
  }
  const PdfObject* resources = nullptr;
  try {
    resources = resolve(page->GetResources(), objects);
  } catch (const PdfError&) {
  }
  Interpreter interpreter(content, objects, fonts, limits, device);
  interpreter.run(bytes, resources, 0);
  draw_annotations(interpreter, page, objects, resources, form);
  drop_glyphs_off_the_page(content);
  return content;
}

}  // namespace ehcpqa::pdf
