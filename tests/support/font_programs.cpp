#include "tests/support/font_programs.h"

#include <vector>

namespace ehcpqa::testing {
namespace {

// Type 1 encryption (Adobe Type 1 Font Format, 7.2): eexec uses key 55665, charstrings 4330.
std::string encrypt(const std::string& plain, unsigned short r) {
  std::string out;
  for (unsigned char p : plain) {
    const auto c = static_cast<unsigned char>(p ^ (r >> 8));
    r = static_cast<unsigned short>((c + r) * 52845u + 22719u);
    out += static_cast<char>(c);
  }
  return out;
}

// A blank glyph 500 units wide: "0 500 hsbw endchar", behind lenIV = 4 leading bytes.
std::string blank_charstring() {
  const std::string plain = std::string(4, '\0') + "\x8B\xF8\x88\x0D\x0E";
  return encrypt(plain, 4330);
}

void put_u16(std::string& out, size_t v) {
  out += static_cast<char>((v >> 8) & 0xFF);
  out += static_cast<char>(v & 0xFF);
}

// A CFF INDEX with 2-byte offsets.
std::string cff_index(const std::vector<std::string>& items) {
  std::string out;
  put_u16(out, items.size());
  if (items.empty()) return out;
  out += '\x02';
  size_t offset = 1;
  put_u16(out, offset);
  for (const std::string& item : items) put_u16(out, offset += item.size());
  for (const std::string& item : items) out += item;
  return out;
}

// A DICT operand as a five-byte integer, so a dictionary's size does not depend on values.
std::string cff_int(size_t v) {
  std::string out = "\x1D";
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
  return out;
}

}  // namespace

Type1Program type1_program(const std::string& font_name, const std::map<int, std::string>& encoding) {
  std::string clear = "%!PS-AdobeFont-1.0: " + font_name + " 001.000\n" +
                      "11 dict begin\n/FontName /" + font_name + " def\n/PaintType 0 def\n/FontType 1 def\n" +
                      "/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n/FontBBox {0 0 500 700} readonly def\n" +
                      "/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n";
  for (const auto& [code, name] : encoding) clear += "dup " + std::to_string(code) + " /" + name + " put\n";
  clear += "readonly def\ncurrentdict end\ncurrentfile eexec\n";

  std::string priv =
      "dup /Private 8 dict dup begin\n/RD{string currentfile exch readstring pop}executeonly def\n"
      "/ND{noaccess def}executeonly def\n/NP{noaccess put}executeonly def\n/lenIV 4 def\n"
      "/BlueValues [] ND\n/password 5839 def\n/MinFeature {16 16} ND\n/Subrs 0 array ND\n"
      "2 index /CharStrings " + std::to_string(encoding.size() + 1) + " dict dup begin\n";
  const std::string glyph = blank_charstring();
  priv += "/.notdef " + std::to_string(glyph.size()) + " RD " + glyph + " ND\n";
  for (const auto& entry : encoding) priv += "/" + entry.second + " " + std::to_string(glyph.size()) + " RD " + glyph + " ND\n";
  priv += "end\nend\nreadonly put\nnoaccess put\ndup /FontName get exch definefont pop\nmark currentfile closefile\n";
  const std::string binary = encrypt(std::string(4, '\0') + priv, 55665);

  std::string trailer;
  for (int line = 0; line < 8; ++line) trailer += std::string(64, '0') + "\n";
  trailer += "cleartomark\n";
  return {clear + binary + trailer, clear.size(), binary.size()};
}

std::string cff_program(const std::string& font_name, const std::map<int, std::string>& encoding) {
  // Glyph 0 is .notdef; glyph k (k >= 1) is the k-th entry, named by string 390 + k.
  std::vector<std::string> names;
  std::string charset = std::string(1, '\0'), codes;
  for (const auto& [code, name] : encoding) {
    names.push_back(name);
    put_u16(charset, 390 + names.size());
    codes += static_cast<char>(code);
  }
  const std::string encoding_table = std::string(1, '\0') + static_cast<char>(names.size()) + codes;
  const std::string charstrings = cff_index(std::vector<std::string>(names.size() + 1, "\x0E"));  // endchar
  const std::string private_dict = "\x8B\x14";                                                     // 0 defaultWidthX

  const std::string header = std::string("\x01\x00\x04\x02", 4);
  const std::string name_index = cff_index({font_name});
  const std::string strings = cff_index(names);
  const std::string global_subrs = cff_index({});
  // The top DICT has a fixed size (five-byte operands), so offsets can be worked out first.
  const size_t top_size = 4 * 5 + 1 + 1 + 1 + 5 + 1;
  const size_t top_index_size = 2 + 1 + 2 * 2 + top_size;
  size_t at = header.size() + name_index.size() + top_index_size + strings.size() + global_subrs.size();
  const size_t charset_at = at, encoding_at = at += charset.size(), charstrings_at = at += encoding_table.size(),
               private_at = at += charstrings.size();
  std::string top = cff_int(charset_at) + "\x0F" + cff_int(encoding_at) + "\x10" + cff_int(charstrings_at) + "\x11" +
                    cff_int(private_dict.size()) + cff_int(private_at) + "\x12";
  return header + name_index + cff_index({top}) + strings + global_subrs + charset + encoding_table + charstrings +
         private_dict;
}

}  // namespace ehcpqa::testing
