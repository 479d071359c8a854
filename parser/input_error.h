// The one exception readers throw when a file cannot be read at all. The code is stable
// (scripts and reports key on it, see output-contract.md); the message is for a person.
#pragma once

#include <stdexcept>
#include <string>

namespace ehcpqa {

class InputError : public std::runtime_error {
 public:
  InputError(std::string code, const std::string& message, int page = 0)
      : std::runtime_error(message), code_(std::move(code)), page_(page) {}
  const std::string& code() const { return code_; }
  int page() const { return page_; }

 private:
  std::string code_;
  int page_;
};

// Stable error codes. Keep in step with README's table of error codes.
namespace error_code {
inline constexpr const char* not_found = "input.not-found";
inline constexpr const char* unreadable = "input.unreadable";
inline constexpr const char* empty = "input.empty";
inline constexpr const char* too_large = "input.too-large";
inline constexpr const char* unsupported_format = "input.unsupported-format";
inline constexpr const char* timeout = "input.timeout";
inline constexpr const char* docx_corrupt = "docx.corrupt";
inline constexpr const char* docx_not_a_docx = "docx.not-a-docx";
inline constexpr const char* docx_encrypted = "docx.encrypted";
inline constexpr const char* pdf_encrypted = "pdf.encrypted";
inline constexpr const char* pdf_no_text_layer = "pdf.no-text-layer";
inline constexpr const char* pdf_truncated = "pdf.truncated";
inline constexpr const char* pdf_corrupt = "pdf.corrupt";
inline constexpr const char* parser_crashed = "parser.crashed";
inline constexpr const char* parser_out_of_memory = "parser.out-of-memory";
}  // namespace error_code

// Every code above with a one-line explanation, for `ehcpqa` documentation and tests.
struct ErrorCodeInfo {
  const char* code;
  const char* meaning;
};
const ErrorCodeInfo* error_codes(size_t& count);

}  // namespace ehcpqa
