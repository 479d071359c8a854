#include "tests/support/pdf_builder.h"

#include <cstdio>

namespace ehcpqa::testing {

std::string stream_object(const std::string& data, const std::string& extra_dict) {
  return "<< /Length " + std::to_string(data.size()) + " " + extra_dict + " >>\nstream\n" + data + "\nendstream";
}

std::string pdf_from_objects(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f\r\n";
  char entry[32];
  for (size_t off : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", off);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string one_page_pdf(const std::string& content, const std::string& resources,
                         const std::vector<std::string>& extra, const std::string& page_extra) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources " + resources + " /Contents 4 0 R " +
          page_extra + " >>",
      stream_object(content),
  };
  objects.insert(objects.end(), extra.begin(), extra.end());
  return pdf_from_objects(objects);
}

std::string diagonal_draft_watermark_pdf() {
  const std::string content =
      "BT /F1 12 Tf 72 720 Td (Section A: Views, interests and aspirations) Tj 0 -20 Td "
      "(Noah likes trains and swimming.) Tj ET "
      "BT /F1 90 Tf 0.7071 0.7071 -0.7071 0.7071 150 250 Tm (DRAFT) Tj ET";
  return one_page_pdf(content, "<< /Font << /F1 5 0 R >> >>",
                      {kHelveticaFont});
}

}  // namespace ehcpqa::testing
