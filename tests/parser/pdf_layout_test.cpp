// The PDF layout stage on synthetic glyphs (no PoDoFo), and ToUnicode CMap parsing.
#define BOOST_TEST_MODULE pdf_layout
#include <boost/test/included/unit_test.hpp>

#include <algorithm>
#include <cmath>

#include "parser/pdf/text_builder.h"
#include "parser/pdf/to_unicode_cmap.h"

using namespace ehcpqa::pdf;

namespace {

// Places `text` as glyphs of `size` points from (x, y), one glyph per character, each
// 0.5 em wide; a ' ' becomes a space glyph.
void put(std::vector<Glyph>& glyphs, const std::string& text, double x, double y, double size = 10, bool bold = false) {
  for (char c : text) {
    Glyph g;
    g.text = std::string(1, c);
    g.x0 = x;
    g.x1 = x + 0.5 * size;
    g.y0 = g.y1 = y;
    g.size = size;
    g.bold = bold;
    g.space = c == ' ';
    glyphs.push_back(g);
    x = g.x1;
  }
}

// Places `text` along a baseline at `degrees` anticlockwise from (x, y), one glyph per
// character, each 0.5 em along the baseline.
void put_slanted(std::vector<Glyph>& glyphs, const std::string& text, double x, double y, double size,
                 double degrees) {
  const double c = std::cos(degrees * M_PI / 180), s = std::sin(degrees * M_PI / 180), step = 0.5 * size;
  for (char ch : text) {
    Glyph g;
    g.text = std::string(1, ch);
    g.x0 = x, g.y0 = y, g.x1 = x + step * c, g.y1 = y + step * s;
    g.size = size;
    g.angle = degrees;
    g.dir = std::abs(c) >= std::abs(s) ? (c >= 0 ? 0 : 2) : (s > 0 ? 1 : 3);
    g.space = ch == ' ';
    glyphs.push_back(g);
    x = g.x1, y = g.y1;
  }
}

// The words glyphs make, in order.
std::vector<std::string> word_texts(const std::vector<Glyph>& glyphs) {
  std::vector<std::string> out;
  for (const Word& w : words_from_glyphs(glyphs, LayoutParams{})) out.push_back(w.text);
  return out;
}

std::vector<std::string> texts(const PageLayout& layout) {
  std::vector<std::string> out;
  for (const LayoutItem& it : layout.items) {
    if (it.is_table) {
      out.push_back("[table]");
      continue;
    }
    std::string t;
    for (const Line& l : it.block.lines) t += (t.empty() ? "" : " / ") + l.text();
    out.push_back(t);
  }
  return out;
}

// Every line of the page's text blocks (tables left out), in reading order.
std::vector<std::string> line_texts(const PageLayout& layout) {
  std::vector<std::string> out;
  for (const LayoutItem& it : layout.items) {
    for (const Line& l : it.block.lines) out.push_back(l.text());
  }
  return out;
}

// The page's one item, which must be a table.
const LayoutTable& only_table(const PageLayout& layout) {
  BOOST_REQUIRE_EQUAL(layout.items.size(), 1u);
  BOOST_REQUIRE(layout.items[0].is_table);
  return layout.items[0].table;
}

PageContent page_of(std::vector<Glyph> glyphs, std::vector<Rule> rules = {}) {
  PageContent p;
  p.number = 1;
  p.width = 600;
  p.height = 800;
  p.glyphs = std::move(glyphs);
  p.rules = std::move(rules);
  return p;
}

}  // namespace

BOOST_AUTO_TEST_CASE(words_split_at_gaps_and_spaces_not_at_kerning) {
  std::vector<Glyph> g;
  put(g, "Sam", 100, 700);
  put(g, "reads", 100 + 3 * 5 + 3, 700);  // a 0.3 em gap: a word break drawn without a space
  put(g, "well now", 160, 700);
  g[1].x0 -= 0.2;  // a little kerning inside "Sam" changes nothing
  const auto words = words_from_glyphs(g, LayoutParams{});
  BOOST_REQUIRE_EQUAL(words.size(), 4u);
  BOOST_TEST(words[0].text == "Sam");
  BOOST_TEST(words[1].text == "reads");
  BOOST_TEST(words[3].text == "now");
}

BOOST_AUTO_TEST_CASE(a_gap_of_a_tenth_of_an_em_ends_a_word) {
  // TeX sets a list number in a box of its own: "10." ends 0.11 em before its text, which
  // pdftotext (and a reader) takes for a space. Tighter than that is letter fitting.
  std::vector<Glyph> g;
  put(g, "10.", 70, 700);
  put(g, "Link", 70 + 3 * 5 + 1.1, 700);
  put(g, "ab", 100, 700);
  put(g, "c", 100 + 2 * 5 + 0.9, 700);
  const std::vector<std::string> expected{"10.", "Link", "abc"};
  BOOST_TEST(word_texts(g) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_space_drawn_inside_a_ligature_does_not_split_the_word) {
  // InDesign and Quartz: "Offi ce" is drawn as O, f, the fi ligature, a space placed back
  // inside the ligature, then c, e from where the ligature ends. No gap shows.
  std::vector<Glyph> g;
  put(g, "Of", 100, 700);
  put(g, "X", 110, 700);  // stands for the ligature, 110..115
  g.back().text = "fi";
  put(g, " ", 111, 700);
  put(g, "ce", 115, 700);
  put(g, " ", 125, 700);
  // Near miss: a space that starts where the glyph before it ends is a real word break.
  put(g, "of", 127.5, 700);
  put(g, " ", 137.5, 700);
  put(g, "it", 140, 700);
  const std::vector<std::string> expected{"Office", "of", "it"};
  BOOST_TEST(word_texts(g) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_space_the_next_glyph_moves_back_over_does_not_split_the_word) {
  // groff in a kerned heading: "pro", a space, then "vision" drawn from a little before the
  // o ends, back over the space. No gap shows, and pdftotext reads "provision".
  std::vector<Glyph> g;
  put(g, "pro", 100, 700);  // ends at 115
  put(g, " ", 114.8, 700);
  put(g, "vision", 114.9, 700);
  // Near miss: a leader drawn after a space, starting 0.08 em after the word: two words.
  put(g, " ", 150, 700);
  put(g, "MODEL", 160, 700);  // ends at 185
  put(g, " ", 185.1, 700);
  put(g, "....", 185.8, 700);
  const std::vector<std::string> expected{"provision", "MODEL", "...."};
  BOOST_TEST(word_texts(g) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(fake_bold_overprint_is_dropped_and_marks_bold) {
  std::vector<Glyph> g;
  put(g, "A", 100, 700);
  put(g, "A", 100.3, 700);  // drawn again 0.3 pt to the right
  put(g, "B", 105, 700);
  const auto words = words_from_glyphs(g, LayoutParams{});
  BOOST_REQUIRE_EQUAL(words.size(), 1u);
  BOOST_TEST(words[0].text == "AB");
  BOOST_TEST(words[0].bold);
}

BOOST_AUTO_TEST_CASE(paragraphs_split_at_spacing_size_and_bullets) {
  std::vector<Glyph> g;
  put(g, "Section B: Needs", 50, 700, 14, true);
  put(g, "Amira finds it hard", 50, 680);
  put(g, "to follow instructions.", 50, 668);
  put(g, "Next paragraph after a gap.", 50, 640);
  put(g, "\xE2\x80\xA2 a bullet item", 50, 628);  // "•" is one glyph of three bytes
  const auto out = texts(build_page_layout(page_of(g)));
  BOOST_REQUIRE_EQUAL(out.size(), 4u);
  BOOST_TEST(out[0] == "Section B: Needs");
  BOOST_TEST(out[1] == "Amira finds it hard / to follow instructions.");
  BOOST_TEST(out[2] == "Next paragraph after a gap.");
  BOOST_TEST(starts_list_item(out[3]));
}

BOOST_AUTO_TEST_CASE(two_columns_are_read_column_by_column_even_with_a_narrow_gutter) {
  std::vector<Glyph> g;
  put(g, "A wide title across both columns", 50, 760, 10);
  // Left column x 50..170, right column x 182..302: a 12 pt (1.2 em) gutter.
  for (int i = 0; i < 6; ++i) {
    put(g, "left line " + std::to_string(i) + " text xx", 50, 740 - 12.0 * i);
    put(g, "right line " + std::to_string(i) + " text x", 182, 740 - 12.0 * i);
  }
  const auto out = texts(build_page_layout(page_of(g)));
  BOOST_REQUIRE_EQUAL(out.size(), 3u);
  BOOST_TEST(out[0] == "A wide title across both columns");
  BOOST_TEST(out[1].rfind("left line 0", 0) == 0u);
  BOOST_TEST(out[1].find("left line 5") != std::string::npos);
  BOOST_TEST(out[2].rfind("right line 0", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(superscripts_stay_in_their_line) {
  std::vector<Glyph> g;
  put(g, "used by Chrome,", 50, 700, 10);
  put(g, "[14]", 125, 704, 6.5);  // raised and smaller
  put(g, "and more", 140, 700, 10);
  const auto out = texts(build_page_layout(page_of(g)));
  BOOST_REQUIRE_EQUAL(out.size(), 1u);
  BOOST_TEST(out[0] == "used by Chrome,[14] and more");  // touching: one word, as pdftotext has it
}

BOOST_AUTO_TEST_CASE(a_smaller_bold_run_stays_in_its_line_beside_a_column_on_another_grid) {
  // The right column's baselines sit 3 pt above the left column's (a journal page); its
  // line ends in a smaller bold run ("in the FOR FURTHER INFORMATION"), which must not be
  // cut off into a line of its own.
  std::vector<Glyph> g;
  for (int i = 0; i < 5; ++i) put(g, "left column line " + std::to_string(i), 50, 703 - 10.0 * i, 9);
  for (int i = 0; i < 5; ++i) {
    if (i == 2) {
      put(g, "in the ", 250, 680, 9);
      put(g, "FOR FURTHER INFORMATION", 250 + 7 * 4.5, 680, 7.4, true);
    } else {
      put(g, "right column line " + std::to_string(i), 250, 700 - 10.0 * i, 9);
    }
  }
  const auto lines = line_texts(build_page_layout(page_of(g)));
  BOOST_TEST(std::count(lines.begin(), lines.end(), "in the FOR FURTHER INFORMATION") == 1);
}

BOOST_AUTO_TEST_CASE(note_marks_stay_in_their_line_beside_a_column_of_another_size) {
  // A 12 pt line with raised 9.6 pt note marks, and beside it a 10.5 pt side column whose
  // baseline lies between the marks and the line (a web page's infobox).
  std::vector<Glyph> g;
  put(g, "used by Firefox,", 50, 347, 12);
  put(g, "[15]", 50 + 16 * 6, 352.25, 9.6);
  put(g, "and SeaMonkey.", 50 + 16 * 6 + 4 * 4.8 + 6, 347, 12);
  put(g, "Initial release", 400, 347.75, 10.5);
  const auto lines = line_texts(build_page_layout(page_of(g)));
  // Raised further than a baseline's tolerance, the mark is a word of its own.
  BOOST_TEST(std::count(lines.begin(), lines.end(), "used by Firefox, [15] and SeaMonkey.") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "Initial release") == 1);
}

BOOST_AUTO_TEST_CASE(a_giant_letter_does_not_pull_lines_together) {
  // A "COPY" stamp drawn a letter at a time at 60 pt beside three lines of 10 pt text: each
  // line stays a line of its own.
  std::vector<Glyph> g;
  put(g, "1 Tax liability from your return.", 50, 700);
  put(g, "2 Tax liability for last year.", 50, 686);
  put(g, "3 Multiply line 1 by 90%.", 50, 672);
  put(g, "C", 400, 680, 60);
  const auto lines = line_texts(build_page_layout(page_of(g)));
  BOOST_TEST(std::count(lines.begin(), lines.end(), "1 Tax liability from your return.") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "2 Tax liability for last year.") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "3 Multiply line 1 by 90%.") == 1);
}

BOOST_AUTO_TEST_CASE(ruled_tables_keep_rows_and_cells) {
  std::vector<Glyph> g;
  put(g, "Need", 55, 705);
  put(g, "Provision", 205, 705);
  put(g, "Reading is slow.", 55, 685);
  put(g, "Daily 20 minutes", 205, 685);
  put(g, "with a TA.", 205, 673);
  std::vector<Rule> rules;
  for (double y : {720.0, 695.0, 665.0}) rules.push_back({50, y, 350, y + 0.5});
  for (double x : {50.0, 200.0, 350.0}) rules.push_back({x, 665, x + 0.5, 720});
  const PageLayout layout = build_page_layout(page_of(g, rules));
  const LayoutTable& t = only_table(layout);
  BOOST_REQUIRE_EQUAL(t.rows.size(), 2u);
  BOOST_REQUIRE_EQUAL(t.rows[1].size(), 2u);
  BOOST_TEST(t.rows[1][0].blocks[0].lines[0].text() == "Reading is slow.");
  BOOST_REQUIRE_EQUAL(t.rows[1][1].blocks.size(), 1u);
  BOOST_TEST(t.rows[1][1].blocks[0].lines.size() == 2u);
}

BOOST_AUTO_TEST_CASE(link_underlines_do_not_split_paragraphs) {
  std::vector<Glyph> g;
  put(g, "See the Local Offer online", 50, 700);
  put(g, "for more services.", 50, 688);
  std::vector<Rule> rules{{90, 697, 140, 697.5}};  // under "Local Offer"
  const auto out = texts(build_page_layout(page_of(g, rules)));
  BOOST_REQUIRE_EQUAL(out.size(), 1u);
}

BOOST_AUTO_TEST_CASE(rotated_text_is_read_in_its_own_direction) {
  std::vector<Glyph> g;
  double y = 100;
  for (char c : std::string("UP")) {  // reading upwards
    Glyph glyph;
    glyph.text = std::string(1, c);
    glyph.x0 = glyph.x1 = 300;
    glyph.y0 = y;
    glyph.y1 = y + 5;
    glyph.size = 10;
    glyph.dir = 1;
    g.push_back(glyph);
    y += 5;
  }
  const auto out = texts(build_page_layout(page_of(g)));
  BOOST_REQUIRE_EQUAL(out.size(), 1u);
  BOOST_TEST(out[0] == "UP");
}

BOOST_AUTO_TEST_CASE(list_markers) {
  BOOST_TEST(starts_list_item("1. Speech therapy"));
  BOOST_TEST(starts_list_item("a) weekly"));
  BOOST_TEST(starts_list_item("- dash item"));
  BOOST_TEST(!starts_list_item("2026 was a good year"));
  BOOST_TEST(!starts_list_item("Amira. Said"));
}

BOOST_AUTO_TEST_CASE(to_unicode_cmaps_with_ranges_arrays_and_ligatures) {
  const std::string program =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
      "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
      "2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar\n"
      "2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<2022> <D83DDE00>] endbfrange\n"
      "endcmap CMapName currentdict /CMap defineresource pop end end";
  const ToUnicodeCMap map = ToUnicodeCMap::parse(program);
  BOOST_TEST(!map.empty());
  BOOST_TEST(map.lookup(0x0003).value_or("?") == " ");
  BOOST_TEST(map.lookup(0x0011).value_or("?") == "fi");  // a ligature glyph becomes letters
  BOOST_TEST(map.lookup(0x0025).value_or("?") == "B");
  BOOST_TEST(map.lookup(0x0030).value_or("?") == "\xE2\x80\xA2");
  BOOST_TEST(map.lookup(0x0031).value_or("?") == "\xF0\x9F\x98\x80");  // a surrogate pair
  BOOST_TEST(!map.lookup(0x0099).has_value());
  BOOST_REQUIRE_EQUAL(map.codespaces().size(), 1u);
  BOOST_TEST(map.codespaces()[0].first == 2);
  // Garbage never throws; it gives an empty map.
  BOOST_TEST(ToUnicodeCMap::parse("beginbfrange <00> [ <<< endbfrange").empty());
}

BOOST_AUTO_TEST_CASE(hyphenated_line_ends_are_joined) {
  std::vector<Glyph> g;
  put(g, "Amira needs commu-", 50, 700);
  put(g, "nication support and a half-", 50, 688);
  put(g, "Term review.", 50, 676);
  const PageLayout layout = build_page_layout(page_of(g));
  BOOST_REQUIRE_EQUAL(layout.items.size(), 1u);
  // Joined before a lower-case letter; kept before a capital (a real compound or a name).
  BOOST_TEST(paragraph_text(layout.items[0].block) == "Amira needs communication support and a half- Term review.");
}

namespace {

// The rules of a grid: horizontal rules at `ys`, vertical rules at `xs`, each across the whole grid.
void grid(std::vector<Rule>& rules, const std::vector<double>& xs, const std::vector<double>& ys) {
  for (double y : ys) rules.push_back({xs.front(), y, xs.back(), y + 0.5});
  for (double x : xs) rules.push_back({x, ys.back(), x + 0.5, ys.front()});
}

size_t tables_in(const PageLayout& layout) {
  size_t n = 0;
  for (const LayoutItem& it : layout.items) n += it.is_table ? 1 : 0;
  return n;
}

std::string cell_text(const LayoutCell& cell) {
  std::string out;
  for (const TextBlock& b : cell.blocks) out += (out.empty() ? "" : " / ") + paragraph_text(b);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(nested_ruled_table_goes_inside_its_cell) {
  std::vector<Glyph> g;
  put(g, "Mentoring", 55, 705);
  put(g, "2 sessions a week:", 205, 705);
  put(g, "Mentor", 405, 705);
  put(g, "Day", 212, 685);  // the inner table, inset 5 pt in the middle cell
  put(g, "Time", 302, 685);
  put(g, "Mon", 212, 665);
  put(g, "08:40", 302, 665);
  std::vector<Rule> rules;
  grid(rules, {50, 200, 400, 550}, {720, 650});
  grid(rules, {205, 295, 395}, {695, 675, 650.2});  // its bottom sits on the outer row's rule
  const PageLayout layout = build_page_layout(page_of(g, rules));
  const LayoutTable& outer = only_table(layout);
  BOOST_REQUIRE_EQUAL(outer.rows.size(), 1u);
  BOOST_REQUIRE_EQUAL(outer.rows[0].size(), 3u);  // the inner rules add no outer columns
  const LayoutCell& middle = outer.rows[0][1];
  BOOST_TEST(cell_text(middle) == "2 sessions a week:");
  BOOST_REQUIRE_EQUAL(middle.tables.size(), 1u);
  BOOST_TEST(middle.tables[0].before_block == 1u);  // after the sentence that announces it
  const LayoutTable& inner = middle.tables[0].table;
  BOOST_REQUIRE_EQUAL(inner.rows.size(), 2u);
  BOOST_REQUIRE_EQUAL(inner.rows[1].size(), 2u);
  BOOST_TEST(cell_text(inner.rows[1][0]) == "Mon");
  BOOST_TEST(cell_text(inner.rows[1][1]) == "08:40");
  BOOST_TEST(cell_text(outer.rows[0][2]) == "Mentor");
}

BOOST_AUTO_TEST_CASE(a_word_too_wide_for_its_cell_is_joined_again) {
  std::vector<Glyph> g;
  put(g, "Thur", 55, 705);  // 4 glyphs of 5 pt: reaches the cell's right text edge
  put(g, "sday", 55, 693);
  put(g, "Every", 85, 705);  // a normal wrap: "Every" ends well short of the edge
  put(g, "lesson", 85, 693);
  std::vector<Rule> rules;
  grid(rules, {50, 80, 140}, {720, 680});
  const PageLayout layout = build_page_layout(page_of(g, rules));
  const LayoutTable& t = only_table(layout);
  BOOST_REQUIRE_EQUAL(t.rows.size(), 1u);
  BOOST_TEST(cell_text(t.rows[0][0]) == "Thursday");
  BOOST_TEST(cell_text(t.rows[0][1]) == "Every lesson");
}

BOOST_AUTO_TEST_CASE(borderless_label_and_value_columns_are_a_table) {
  std::vector<Glyph> g;
  put(g, "Personal details", 50, 740, 14, true);
  put(g, "Name of young person", 50, 710);
  put(g, "Declan Farrow", 250, 710);
  put(g, "Date of birth", 50, 696);
  put(g, "02/11/2000", 250, 696);
  put(g, "Education setting", 50, 682);
  put(g, "Kestermoor Specialist College,", 250, 682);
  put(g, "Linden Campus", 250, 670);  // the value wraps
  put(g, "Next review by", 50, 656);
  put(g, "6 July 2027", 250, 656);
  put(g, "Declan is over 16, so decisions about this plan are his own and he will", 50, 630);
  put(g, "make them with help from his mother.", 50, 618);
  const PageLayout layout = build_page_layout(page_of(g));
  BOOST_REQUIRE_EQUAL(tables_in(layout), 1u);
  const LayoutItem* table = nullptr;
  for (const LayoutItem& it : layout.items) {
    if (it.is_table) table = &it;
  }
  const LayoutTable& t = table->table;
  BOOST_REQUIRE_EQUAL(t.rows.size(), 4u);
  for (const auto& row : t.rows) BOOST_TEST(row.size() == 2u);
  BOOST_TEST(cell_text(t.rows[0][0]) == "Name of young person");
  BOOST_TEST(cell_text(t.rows[0][1]) == "Declan Farrow");
  BOOST_TEST(cell_text(t.rows[2][1]) == "Kestermoor Specialist College, Linden Campus");
  BOOST_TEST(cell_text(t.rows[3][1]) == "6 July 2027");
  // The heading above and the paragraph below stay paragraphs, in reading order around it.
  const auto out = texts(layout);
  BOOST_REQUIRE_EQUAL(out.size(), 3u);
  BOOST_TEST(out[0] == "Personal details");
  BOOST_TEST(out[1] == "[table]");
  BOOST_TEST(out[2].rfind("Declan is over 16", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(two_columns_of_prose_are_not_a_table) {
  std::vector<Glyph> g;
  const std::vector<std::string> left{"Amira enjoys drawing and", "building with blocks, and she", "talks about her pictures with",
                                      "adults she knows well. She", "finds new places hard and"};
  const std::vector<std::string> right{"Her parents would like her", "to join a club outside school,", "and she has said that she",
                                       "wants to learn to swim with", "her cousins next summer."};
  for (size_t i = 0; i < left.size(); ++i) {
    put(g, left[i], 50, 740 - 12.0 * i);
    put(g, right[i], 300, 740 - 12.0 * i);
  }
  const PageLayout layout = build_page_layout(page_of(g));
  BOOST_TEST(tables_in(layout) == 0u);
  const auto out = texts(layout);
  BOOST_REQUIRE_EQUAL(out.size(), 2u);
  BOOST_TEST(out[0].rfind("Amira enjoys drawing", 0) == 0u);
  BOOST_TEST(out[1].rfind("Her parents would like", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(one_label_and_value_line_is_not_a_table) {
  std::vector<Glyph> g;
  put(g, "Name:", 50, 700);
  put(g, "Jasmine Patel", 200, 700);
  put(g, "Jasmine is ten and lives with her parents and her two brothers in Northbrook.", 50, 680);
  BOOST_TEST(tables_in(build_page_layout(page_of(g))) == 0u);
}

BOOST_AUTO_TEST_CASE(line_end_hyphens_follow_the_documents_own_words) {
  auto block_of = [](const std::vector<std::string>& lines) {
    std::vector<Glyph> g;
    for (size_t i = 0; i < lines.size(); ++i) put(g, lines[i], 50, 700 - 12.0 * i);
    return build_page_layout(page_of(g)).items.at(0).block;
  };
  // Word and LibreOffice do not hyphenate: a hyphen at a line end is the word's own.
  const TextBlock compound = block_of({"Reviewed each half-", "term and at 08:40\xE2\x80\x93", "09:10 daily."});
  const HyphenWords plain = HyphenWords::of({&compound});
  BOOST_TEST(paragraph_text(compound, &plain) == "Reviewed each half-term and at 08:40\xE2\x80\x93" "09:10 daily.");
  // A producer seen to hyphenate ("commu-" / "nity" where "community" is also written whole)
  // has its breaks joined, unless the hyphenated form is written whole too.
  const TextBlock broken = block_of({"He cannot go into the commu-", "nity alone, each half-", "term."});
  const TextBlock elsewhere = block_of({"The community team visits every half-term."});
  const HyphenWords hyphenating = HyphenWords::of({&broken, &elsewhere});
  BOOST_TEST(paragraph_text(broken, &hyphenating) == "He cannot go into the community alone, each half-term.");
}

BOOST_AUTO_TEST_CASE(a_row_wrapped_in_several_columns_stays_one_row) {
  std::vector<Glyph> g;
  put(g, "Medical advice", 50, 700);
  put(g, "Dr Fenella Mortimer", 200, 700);
  put(g, "15 July 2026", 400, 700);
  put(g, "Speech and language", 50, 686);
  put(g, "Tanvir Ahmed, therapist,", 200, 686);
  put(g, "8 July 2026", 400, 686);
  put(g, "therapy advice", 50, 674);  // both the title and the author wrap
  put(g, "Selbrook Therapies", 200, 674);
  const PageLayout layout = build_page_layout(page_of(g));
  const LayoutTable& t = only_table(layout);
  BOOST_REQUIRE_EQUAL(t.rows.size(), 2u);
  BOOST_TEST(cell_text(t.rows[1][0]) == "Speech and language therapy advice");
  BOOST_TEST(cell_text(t.rows[1][1]) == "Tanvir Ahmed, therapist, Selbrook Therapies");
  BOOST_TEST(cell_text(t.rows[1][2]) == "8 July 2026");
}

BOOST_AUTO_TEST_CASE(blocks_side_by_side_under_their_own_headings_are_not_a_table) {
  std::vector<Glyph> g;
  put(g, "Invoice to:", 40, 720);
  put(g, "Delivered to:", 300, 720);
  const std::vector<std::string> address{"Snill Design", "Hammerstads gate 32", "0363 OSLO", "Norway"};
  for (size_t i = 0; i < address.size(); ++i) {
    put(g, address[i], 60, 704 - 10.0 * i);  // each block indented under its heading
    put(g, address[i], 320, 704 - 10.0 * i);
  }
  BOOST_TEST(tables_in(build_page_layout(page_of(g))) == 0u);
}

BOOST_AUTO_TEST_CASE(a_table_without_side_borders_keeps_its_outer_columns) {
  std::vector<Glyph> g;
  put(g, "1", 45, 705);
  put(g, "Speech therapy", 105, 705);
  put(g, "Weekly", 255, 705);
  put(g, "NHS", 405, 705);
  std::vector<Rule> rules;
  for (double y : {720.0, 695.0}) rules.push_back({40, y, 460, y + 0.5});  // the rules reach both ends
  for (double x : {100.0, 250.0, 400.0}) rules.push_back({x, 695, x + 0.5, 720});  // inner verticals only
  const PageLayout layout = build_page_layout(page_of(g, rules));
  const LayoutTable& t = only_table(layout);
  BOOST_REQUIRE_EQUAL(t.rows.size(), 1u);
  BOOST_REQUIRE_EQUAL(t.rows[0].size(), 4u);
  BOOST_TEST(cell_text(t.rows[0][0]) == "1");
  BOOST_TEST(cell_text(t.rows[0][3]) == "NHS");
}

BOOST_AUTO_TEST_CASE(records_in_one_ruled_row_become_rows) {
  // A schedule ruled by columns only: every record is a band of lines with a blank line
  // above and below it, with text in several cells.
  std::vector<Glyph> g;
  const std::vector<std::vector<std::string>> records{
      {"09:00", "Arrival", "Key adult meets Noah"}, {"10:30", "Break", "Quiet room open"},
      {"12:00", "Lunch", "Supervised by TA"}};
  double y = 700;
  for (const auto& r : records) {
    put(g, r[0], 55, y);
    put(g, r[1], 155, y);
    put(g, r[2], 255, y);
    y -= 30;
  }
  put(g, "and Mr Ellis", 255, 688);  // a record may wrap: still one record
  std::vector<Rule> rules;
  grid(rules, {50, 150, 250, 450}, {720, 620});
  const PageLayout layout = build_page_layout(page_of(g, rules));
  const LayoutTable& t = only_table(layout);
  BOOST_REQUIRE_EQUAL(t.rows.size(), 3u);
  BOOST_TEST(cell_text(t.rows[0][2]) == "Key adult meets Noah and Mr Ellis");
  BOOST_TEST(cell_text(t.rows[1][0]) == "10:30");
  BOOST_TEST(cell_text(t.rows[2][1]) == "Lunch");
}

BOOST_AUTO_TEST_CASE(paragraphs_side_by_side_in_a_ruled_row_stay_one_row) {
  // The need is one line; the provision is five paragraphs. The gaps between the provision's
  // paragraphs have nothing beside them, so they are not records.
  std::vector<Glyph> g;
  put(g, "Reading is slow.", 55, 700);
  put(g, "Daily reading.", 255, 700);
  put(g, "Weekly check.", 255, 680);
  put(g, "Termly review.", 255, 660);
  put(g, "With the SENCo.", 255, 640);
  put(g, "Annual review.", 255, 620);
  std::vector<Rule> rules;
  grid(rules, {50, 250, 450}, {720, 600});
  const PageLayout layout = build_page_layout(page_of(g, rules));
  const LayoutTable& t = only_table(layout);
  BOOST_REQUIRE_EQUAL(t.rows.size(), 1u);
  BOOST_TEST(cell_text(t.rows[0][1]) == "Daily reading. / Weekly check. / Termly review. / With the SENCo. / Annual review.");
}

BOOST_AUTO_TEST_CASE(a_slanted_watermark_is_kept_out_of_the_body) {
  // "DRAFT" drawn corner to corner at 45 degrees, eight times the size of the text: it is not
  // read into the paragraphs it crosses, letter by letter, but kept as the page's watermark.
  std::vector<Glyph> g;
  put(g, "Section A: Views", 50, 700, 12);
  put(g, "Noah likes trains.", 50, 680);
  put_slanted(g, "DRAFT", 150, 300, 80, 45);
  put(g, "He finds noise hard.", 50, 400);
  const PageLayout layout = build_page_layout(page_of(g));
  BOOST_TEST(layout.watermarks == std::vector<std::string>{"DRAFT"}, boost::test_tools::per_element());
  const std::vector<std::string> expected{"Section A: Views", "Noah likes trains.", "He finds noise hard."};
  BOOST_TEST(line_texts(layout) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(small_slanted_text_is_read_along_its_baseline) {
  // Near miss: a column heading set at 60 degrees, the size of the text around it, is text of
  // the page, read as words along its own baseline, after the upright text.
  std::vector<Glyph> g;
  put(g, "Provision", 50, 700);
  put_slanted(g, "Hours a week", 300, 650, 10, 60);
  const PageLayout layout = build_page_layout(page_of(g));
  BOOST_TEST(layout.watermarks.empty());
  const std::vector<std::string> expected{"Provision", "Hours a week"};
  BOOST_TEST(line_texts(layout) == expected, boost::test_tools::per_element());
}
