// Right-to-left text drawn on a PDF page comes in visual order (left to right as it is seen);
// readers, search and the rules need it in logical order (as it is typed and read).
#pragma once

#include <string>

namespace ehcpqa::text {

// Whether `utf8` holds Hebrew or Arabic letters (the scripts written right to left).
bool has_right_to_left(const std::string& utf8);

// One line of text in visual order, in logical order (Unicode's inverse bidi algorithm): a
// line that is mostly right-to-left is read as a right-to-left paragraph, numbers and Latin
// words inside it keep their own order. Text without right-to-left letters comes back as it is.
std::string visual_to_logical(const std::string& utf8);

}  // namespace ehcpqa::text
