// Bar charts for the HTML reports as data for the svg_bars template (reports/templates/
// svg_bars.mustache): C++ does the arithmetic (bar lengths, positions), the template writes the
// SVG. Inline SVG needs no JavaScript and no network, and prints.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

namespace ehcpqa {

struct ChartBar {
  std::string label;       // left of the bar
  double value = 0;        // bar length, against the chart's maximum
  std::string value_text;  // right of the bar ("5 (63%)")
  std::string css_class;   // colour, from the page's style sheet
};

// A horizontal bar chart: one row per bar, lengths scaled to `max_value` (the largest value
// when 0). `id` must be unique in the page (the chart's title is referenced by it).
mstch::map svg_bar_chart(const std::string& id, const std::string& title, const std::vector<ChartBar>& bars,
                         double max_value = 0);

}  // namespace ehcpqa
