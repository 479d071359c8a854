// Text fidelity of ehcpqa's PDF reader against poppler's pdftotext.
//
// For each PDF: our text (body in reading order, tables row by row) and pdftotext's are
// normalised (NFKC, white space folded, bidi controls and bullet-only tokens dropped,
// pdftotext's copies of the running headers and footers we detected dropped), split into
// words, and compared:
// similarity = 1 - word-level edit distance / length of the longer sequence.
// A second figure compares the same way after pdftotext's words inside ehcpqa's table cells
// are put in ehcpqa's cell order (bench/cell_order.h): what remains is extraction itself.
//
//   pdf_fidelity [--manifest FILE] [--min-median X] [--min-p10 Y] [--min-each Z]
//                [--min-median-cells X] [--min-p10-cells Y] [--min-each-cells Z] [--no-ffff] PDF...
//
// With --manifest (../shared/pdf-corpus/MANIFEST.tsv) only files scored "text" count towards
// the figures; the others must merely be read or refused with an error code. Exits 1 when a
// threshold is missed, 0 otherwise. Prints one line per file and a summary.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "bench/cell_order.h"
#include "bench/pdftotext.h"
#include "bench/running_lines.h"
#include "parser/input_error.h"
#include "parser/pdf/pdf_reader.h"
#include "parser/reader.h"

namespace {

using namespace ehcpqa;

std::string nfkc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString out = n->normalize(u, status);
  std::string r;
  (U_FAILURE(status) ? u : out).toUTF8String(r);
  return r;
}

bool bullet_token(const std::string& w) {
  static const std::set<std::string> bullets = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x97\x8B",
                                                "\xE2\x96\xA0", "\xE2\x96\xA1", "\xE2\x88\x99", "\xC2\xB7", "-", "\xE2\x80\x93",
                                                "*", "\xEF\x82\xB7", "\xEF\x82\xA7", "\xEF\x81\xB6", "\xE2\x80\xA3", "o"};
  return bullets.count(w) > 0;
}

// Bidi controls (LRM, RLM, embeddings, isolates) are invisible formatting: pdftotext wraps
// right-to-left lines in them.
std::string without_bidi_controls(std::string s) {
  static const char* controls[] = {"\xE2\x80\x8E", "\xE2\x80\x8F", "\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC",
                                   "\xE2\x80\xAD", "\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8",
                                   "\xE2\x81\xA9"};
  for (const char* c : controls) {
    for (size_t at = s.find(c); at != std::string::npos; at = s.find(c, at)) s.erase(at, 3);
  }
  return s;
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(without_bidi_controls(nfkc(text)));
  std::string w;
  while (in >> w) {
    if (!bullet_token(w)) out.push_back(w);
  }
  return out;
}

double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::unordered_map<std::string, uint32_t> ids;
  auto id = [&](const std::string& w) { return ids.emplace(w, static_cast<uint32_t>(ids.size())).first->second; };
  std::vector<uint32_t> x, y;
  for (const auto& w : a) x.push_back(id(w));
  for (const auto& w : b) y.push_back(id(w));
  std::vector<uint32_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = static_cast<uint32_t>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0u : 1u)});
    }
    std::swap(prev, cur);
  }
  return 1.0 - static_cast<double>(prev[y.size()]) / static_cast<double>(std::max(x.size(), y.size()));
}

std::string ours(const Document& doc) {
  std::string out;
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) {
    const std::string& label = v.paragraph.list_label;
    out += (label.empty() ? "" : label + " ") + v.paragraph.text + "\n";
  });
  return out;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const double rank = p * static_cast<double>(v.size() - 1);
  const size_t lo = static_cast<size_t>(std::floor(rank)), hi = static_cast<size_t>(std::ceil(rank));
  return v[lo] + (v[hi] - v[lo]) * (rank - static_cast<double>(lo));
}

}  // namespace

int main(int argc, char** argv) {
  std::string manifest;
  double min_median = -1, min_p10 = -1, min_each = -1;
  double min_median_cells = -1, min_p10_cells = -1, min_each_cells = -1;  // the same, tables cell by cell
  bool no_ffff = false;
  std::string dump_dir;  // --dump DIR: write both texts, for looking at differences
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--manifest" && i + 1 < argc) manifest = argv[++i];
    else if (a == "--min-median" && i + 1 < argc) min_median = std::stod(argv[++i]);
    else if (a == "--min-p10" && i + 1 < argc) min_p10 = std::stod(argv[++i]);
    else if (a == "--min-each" && i + 1 < argc) min_each = std::stod(argv[++i]);
    else if (a == "--min-median-cells" && i + 1 < argc) min_median_cells = std::stod(argv[++i]);
    else if (a == "--min-p10-cells" && i + 1 < argc) min_p10_cells = std::stod(argv[++i]);
    else if (a == "--min-each-cells" && i + 1 < argc) min_each_cells = std::stod(argv[++i]);
    else if (a == "--no-ffff") no_ffff = true;
    else if (a == "--dump" && i + 1 < argc) dump_dir = argv[++i];
    else files.push_back(a);
  }
  std::map<std::string, std::string> scoring;  // file name -> text | robustness-only
  if (!manifest.empty()) {
    std::ifstream in(manifest);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      std::vector<std::string> cols;
      std::stringstream ss(line);
      std::string col;
      while (std::getline(ss, col, '\t')) cols.push_back(col);
      if (cols.size() >= 12) scoring[cols[0]] = cols[11];
    }
  }
  std::vector<double> scores, cell_scores;
  bool failed = false;
  for (const std::string& path : files) {
    const std::string name = path.substr(path.find_last_of('/') + 1);
    const bool counts = manifest.empty() || scoring[name] == "text";
    std::string text, error;
    Document doc;
    try {
      doc = read_document(path);
      text = ours(doc);
    } catch (const InputError& e) {
      error = e.code();
    }
    if (!error.empty()) {
      std::printf("%-44s %-9s %s\n", name.c_str(), counts ? "0.000" : "-", error.c_str());
      if (counts) {
        scores.push_back(0);
        cell_scores.push_back(0);
        if (min_each >= 0) failed = true;
      }
      continue;
    }
    if (no_ffff && (text.find("\xEF\xBF\xBD") != std::string::npos || text.find("\xEF\xBF\xBF") != std::string::npos)) {
      std::printf("%-44s U+FFFD or U+FFFF in the text\n", name.c_str());
      failed = true;
    }
    // Drop pdftotext's copies of the running lines we moved out of the body.
    std::set<std::string> running;
    for (const auto* part : {&doc.headers, &doc.footers}) {
      for (const Block& b : *part) running.insert(pdf::running_key(b.paragraph.text));
    }
    std::string reference;
    std::istringstream lines(bench::pdftotext(path));
    for (std::string line; std::getline(lines, line);) {
      if (!bench::is_running_line(line, running)) reference += line + "\n";
    }
    const auto a = words(text), b = words(reference);
    if (!dump_dir.empty()) {
      std::ofstream(dump_dir + "/" + name + ".ours.txt") << text;
      std::ofstream(dump_dir + "/" + name + ".pdftotext.txt") << reference;
    }
    const double s = similarity(a, b);
    if (!counts) {
      std::printf("%-44s %-9s read (robustness only)\n", name.c_str(), "-");
      continue;
    }
    const std::string by_cells = bench::pdftotext_in_cell_order(path, running);
    if (!dump_dir.empty()) std::ofstream(dump_dir + "/" + name + ".pdftotext-cells.txt") << by_cells;
    // The reordering is only fair when pdftotext's two modes see the same words: on a few
    // odd files (mirrored or duplicated text) -bbox-layout gives many more; those keep the
    // first figure.
    const auto cells_words = words(by_cells);
    const bool same_words = std::abs(static_cast<double>(cells_words.size()) - static_cast<double>(b.size())) <=
                            0.02 * static_cast<double>(b.size()) + 2;
    const double c = same_words ? similarity(a, cells_words) : s;
    scores.push_back(s);
    cell_scores.push_back(c);
    std::printf("%-44s %.3f  %.3f  ours %zu words, pdftotext %zu\n", name.c_str(), s, c, a.size(), b.size());
    if (min_each >= 0 && s < min_each) failed = true;
    if (min_each_cells >= 0 && c < min_each_cells) failed = true;
  }
  const double median = percentile(scores, 0.5), p10 = percentile(scores, 0.1);
  std::printf("\n%zu files scored: median %.3f, 10th percentile %.3f, lowest %.3f\n", scores.size(), median, p10,
              scores.empty() ? 0.0 : *std::min_element(scores.begin(), scores.end()));
  const double cells_median = percentile(cell_scores, 0.5), cells_p10 = percentile(cell_scores, 0.1);
  std::printf("tables compared cell by cell: median %.3f, 10th percentile %.3f, lowest %.3f\n", cells_median, cells_p10,
              cell_scores.empty() ? 0.0 : *std::min_element(cell_scores.begin(), cell_scores.end()));
  if (min_median >= 0 && median < min_median) failed = true;
  if (min_p10 >= 0 && p10 < min_p10) failed = true;
  if (min_median_cells >= 0 && cells_median < min_median_cells) failed = true;
  if (min_p10_cells >= 0 && cells_p10 < min_p10_cells) failed = true;
  if (failed) std::printf("FAILED: below the required fidelity\n");
  return failed ? 1 : 0;
}
