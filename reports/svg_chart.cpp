#include "reports/svg_chart.h"

#include <algorithm>

#include <fmt/format.h>

namespace ehcpqa {

namespace {
// Geometry in SVG user units; the chart scales to the page width.
constexpr double kLabelWidth = 300;  // room for a rule id or a band name at 13px
constexpr double kBarArea = 300;
constexpr double kValueWidth = 110;
constexpr double kRow = 24;
constexpr double kBarHeight = 16;
constexpr size_t kLabelChars = 44;   // longer labels are shortened (the full text is in the table)

std::string num(double v) { return fmt::format("{:.1f}", v); }
}  // namespace

mstch::map svg_bar_chart(const std::string& id, const std::string& title, const std::vector<ChartBar>& bars,
                         double max_value) {
  double max = max_value;
  for (const ChartBar& b : bars) max = std::max(max, b.value);
  if (max <= 0) max = 1;
  mstch::array rows;
  for (size_t i = 0; i < bars.size(); ++i) {
    const ChartBar& b = bars[i];
    const double y = static_cast<double>(i) * kRow;
    const double w = std::max(0.0, b.value / max * kBarArea);
    std::string label = b.label;
    if (label.size() > kLabelChars) {
      size_t cut = kLabelChars - 3;
      while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
      label = label.substr(0, cut) + "...";
    }
    rows.push_back(mstch::map{{"label", label},
                              {"full_label", b.label},
                              {"value_text", b.value_text},
                              {"cls", b.css_class},
                              {"label_x", num(kLabelWidth - 8)},
                              {"bar_x", num(kLabelWidth)},
                              {"bar_y", num(y + (kRow - kBarHeight) / 2)},
                              {"bar_w", num(w)},
                              {"bar_h", num(kBarHeight)},
                              {"text_y", num(y + kRow / 2 + 4.5)},
                              {"value_x", num(kLabelWidth + w + 6)}});
  }
  return mstch::map{{"id", id},
                    {"title", title},
                    {"width", num(kLabelWidth + kBarArea + kValueWidth)},
                    {"height", num(std::max<double>(1, static_cast<double>(bars.size())) * kRow)},
                    {"track_x", num(kLabelWidth)},
                    {"track_w", num(kBarArea)},
                    {"bars", std::move(rows)}};
}

}  // namespace ehcpqa
