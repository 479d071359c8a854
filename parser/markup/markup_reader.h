// Plan sketches: a few lines of plain text that stand for a whole document, so rule
// examples and tests can say exactly what a plan contains without building a .docx.
//
//   # Final Education, Health and Care Plan      heading level 1 (## level 2, ### level 3)
//   **Communication and interaction**            a paragraph all in bold
//   - a bullet        -- a nested bullet         1. a numbered item
//   | Name | Amira Hussain |                     a table row; consecutive rows make a table
//   | **B - Needs** | ==Shaded== | - a<br>- b |   cells take the same markers; <br> splits
//                                                 paragraphs; ==text== is a shaded cell; a
//                                                 lone cell in a wider table spans the row
//   @header DRAFT                                 a running header (@footer likewise)
//   @revisions 2      @comments 1                 unaccepted tracked changes / comments
//   any other line                                a paragraph; blank lines are ignored
//
// Files ending in .plan are read this way by `ehcpqa check` too, for rule authors.
#pragma once

#include <string>
#include <string_view>

#include "parser/document.h"

namespace ehcpqa::markup {

Document read_markup(std::string_view text, const std::string& path = "sketch.plan");
Document read_markup_file(const std::string& path);
bool is_markup_path(const std::string& path);

}  // namespace ehcpqa::markup
