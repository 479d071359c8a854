// The HTML reports in a real browser: headless Chromium (Debian's `chromium`, which .ci/run
// installs through tools/setup.sh) renders a per-plan page (`check --format html`) and an
// audit's report.html with its plan pages, to the DOM, to PNG and to an A4 PDF. The test asserts
// the renders are not empty, that the grade and a finding's message are in the rendered DOM,
// that the batch report names no child, and that nothing was fetched from the network: the
// HTML holds no external URL, and Chromium's net log (host names resolve to nothing) shows no
// http(s) request made by the page. A control page that does fetch proves both checks can fail.
#define BOOST_TEST_MODULE browser
#include <boost/test/included/unit_test.hpp>


#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/support/docx_builder.h"

#include "tests/support/run_command.h"

namespace fs = std::filesystem;
using nlohmann::json;

using ehcpqa::testing::Run;
using ehcpqa::testing::run;

namespace {

const std::string kSource = EHCPQA_SOURCE_DIR;
const std::string kBinary = EHCPQA_BINARY;
const std::string kAsOf = "2026-11-23";
const std::string kPoorPlan = kSource + "/samples/draft-poor-numbered-y3.docx";
const std::string kGoodPlan = kSource + "/samples/final-good-lettered-y10.docx";


std::string quote(const std::string& s) { return "'" + s + "'"; }

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// The browser, or "" when none is installed.
std::string chromium() {
  static const std::string path = [] {
    for (const char* name : {"chromium", "chromium-browser"}) {
      const Run r = run(fmt::format("command -v {} 2>/dev/null", name));
      if (r.status == 0 && !r.out.empty()) return r.out.substr(0, r.out.find('\n'));
    }
    return std::string();
  }();
  return path;
}

boost::test_tools::assertion_result chromium_present(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result ok(!chromium().empty());
  if (!ok) {
    ok.message() << "SKIPPED: no chromium on PATH; install it with tools/setup.sh (CI does) to run the browser test";
  }
  return ok;
}

const fs::path& work_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::path(EHCPQA_BINARY_DIR) / "browser_test_out";
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

// What Chromium made of one page.
struct Render {
  std::string dom;
  std::vector<std::string> page_requests;  // http(s)/ws(s) URLs the page asked for
  int browser_requests = 0;                // the browser's own background requests (not the page's)
};

// Headless Chromium, offline: every host name resolves to nothing, and the net log records any
// request anyway. A fresh profile per run so no cache or setting carries over.
std::string browser_command(const fs::path& profile, const std::string& extra) {
  return fmt::format(
      "{} --headless=new --no-sandbox --disable-gpu --no-first-run --no-default-browser-check "
      "--disable-extensions --disable-background-networking --disable-component-update --disable-sync "
      "--disable-default-apps --no-pings --disable-breakpad --hide-scrollbars "
      "--host-resolver-rules=\"MAP * ~NOTFOUND\" --user-data-dir={} {} 2>/dev/null",
      chromium(), quote(profile.string()), extra);
}

// The http(s)/ws(s) requests in a Chromium net log that a page made. The browser's own
// background requests (update checks, clock sync) carry the initiator "not an origin"; a page's
// requests carry the page's origin ("null" for a file:// page).
void read_net_log(const fs::path& log, Render& render) {
  std::string text = read_file(log);
  BOOST_REQUIRE_MESSAGE(!text.empty(), "Chromium wrote no net log at " << log);
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) {  // a log cut short by the browser's exit lacks its closing brackets
    while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.back())) || text.back() == ',')) text.pop_back();
    j = json::parse(text + "]}", nullptr, false);
  }
  BOOST_REQUIRE_MESSAGE(!j.is_discarded() && j.contains("events"), "the net log at " << log << " is not JSON");
  int start_job = -1;
  for (const auto& [name, id] : j.at("constants").at("logEventTypes").items()) {
    if (name == "URL_REQUEST_START_JOB") start_job = id.get<int>();
  }
  BOOST_REQUIRE(start_job >= 0);
  static const std::regex network_url("^(https?|wss?|ftp)://", std::regex::icase);
  for (const json& e : j["events"]) {
    if (e.value("type", -1) != start_job || !e.contains("params") || !e["params"].is_object()) continue;
    const json& p = e["params"];
    if (!p.contains("url")) continue;
    const std::string url = p["url"].get<std::string>();
    if (!std::regex_search(url, network_url)) continue;
    if (p.value("initiator", "") == "not an origin") ++render.browser_requests;
    else render.page_requests.push_back(url);
  }
}

Render render_dom(const fs::path& html, const std::string& name) {
  const fs::path profile = work_dir() / ("profile-" + name);
  const fs::path log = work_dir() / (name + ".netlog.json");
  fs::remove_all(profile);
  Render r;
  const Run dump = run(browser_command(
      profile, fmt::format("--log-net-log={} --dump-dom {}", quote(log.string()), quote("file://" + fs::absolute(html).string()))));
  BOOST_REQUIRE_MESSAGE(dump.status == 0, "chromium --dump-dom failed on " << html);
  r.dom = dump.out;
  write_text(work_dir() / (name + ".dom.html"), r.dom);
  read_net_log(log, r);
  fs::remove_all(profile);
  return r;
}

// A screenshot: a PNG of the requested size with enough in it to be more than a blank page.
void check_screenshot(const fs::path& html, const std::string& name) {
  const fs::path png = work_dir() / (name + ".png");
  const fs::path profile = work_dir() / ("profile-" + name + "-png");
  fs::remove_all(profile);
  run(browser_command(profile, fmt::format("--window-size=1280,2000 --screenshot={} {}", quote(png.string()),
                                           quote("file://" + fs::absolute(html).string()))));
  fs::remove_all(profile);
  BOOST_REQUIRE_MESSAGE(fs::exists(png), "no screenshot of " << html);
  const std::string bytes = read_file(png);
  BOOST_REQUIRE(bytes.size() > 24);
  BOOST_TEST(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 3]));
  };
  BOOST_TEST(be32(16) == 1280u);  // IHDR width
  BOOST_TEST(be32(20) == 2000u);  // IHDR height
  // A blank 1280x2000 page compresses to a few kilobytes; text, tables and colour take far more.
  BOOST_TEST_MESSAGE(name << ".png: " << bytes.size() << " bytes");
  BOOST_TEST(bytes.size() > 40000u, name << ".png is only " << bytes.size() << " bytes: the page looks blank");
}

// Printing: an A4 PDF whose text holds `expected` (so the print is not blank or clipped).
void check_print(const fs::path& html, const std::string& name, const std::vector<std::string>& expected) {
  const fs::path pdf = work_dir() / (name + ".pdf");
  const fs::path profile = work_dir() / ("profile-" + name + "-pdf");
  fs::remove_all(profile);
  run(browser_command(profile, fmt::format("--no-pdf-header-footer --print-to-pdf={} {}", quote(pdf.string()),
                                           quote("file://" + fs::absolute(html).string()))));
  fs::remove_all(profile);
  BOOST_REQUIRE_MESSAGE(fs::exists(pdf), "no PDF printed from " << html);
  BOOST_TEST(read_file(pdf).rfind("%PDF-", 0) == 0u);
  const Run info = run("pdfinfo " + quote(pdf.string()));
  BOOST_REQUIRE_MESSAGE(info.status == 0, "pdfinfo (poppler-utils) failed on " << pdf);
  BOOST_TEST(info.out.find("(A4)") != std::string::npos, "not printed on A4: " << info.out);
  const Run text = run("pdftotext -layout " + quote(pdf.string()) + " -");
  std::string flat;  // words of the printed text, one space apart, so line breaks do not matter
  std::istringstream words(text.out);
  for (std::string w; words >> w;) flat += (flat.empty() ? "" : " ") + w;
  for (const std::string& e : expected) {
    std::string want;
    std::istringstream ew(e);
    for (std::string w; ew >> w;) want += (want.empty() ? "" : " ") + w;
    BOOST_TEST(flat.find(want) != std::string::npos, "the printed " << name << " lacks \"" << e << "\"");
  }
}

// External references a page could fetch: src/href/action to another scheme or host, CSS url()
// and @import, scripts, stylesheets and iframes.
std::vector<std::string> external_references(const std::string& html) {
  static const std::regex patterns[] = {
      std::regex(R"((?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)[^"'\s>]*)", std::regex::icase),
      std::regex(R"(url\(\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)[^)]*\))", std::regex::icase),
      std::regex(R"(@import)", std::regex::icase),
      std::regex(R"(<\s*(?:script|iframe|object|embed)\b)", std::regex::icase),
      std::regex(R"(<\s*link\b)", std::regex::icase),
  };
  std::vector<std::string> found;
  for (const std::regex& re : patterns) {
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it) {
      found.push_back(it->str());
    }
  }
  return found;
}

// Text as the browser serialises it in the DOM (&, <, > escaped; quotes left alone).
std::string as_dom_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

void check_offline(const fs::path& html, const Render& r) {
  const std::vector<std::string> refs = external_references(read_file(html));
  BOOST_TEST(refs.empty(), html.filename() << " refers to something outside itself: " << (refs.empty() ? "" : refs[0]));
  BOOST_TEST(r.page_requests.empty(),
             html.filename() << " made a network request: " << (r.page_requests.empty() ? "" : r.page_requests[0]));
  if (r.browser_requests > 0) {
    BOOST_TEST_MESSAGE(html.filename() << ": Chromium's own background requests (not the page's, and unresolvable "
                                          "here): " << r.browser_requests);
  }
}

// Every link within the page leads somewhere: keyboard users follow them from the summary to
// the findings and from the highlighted words to their cards.
void check_anchors(const std::string& dom, const std::string& name) {
  static const std::regex id_re(R"re(\bid="([^"]+)")re"), link_re(R"re(href="#([^"]+)")re");
  std::set<std::string> ids;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), id_re); it != std::sregex_iterator(); ++it) ids.insert((*it)[1]);
  int links = 0;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), link_re); it != std::sregex_iterator(); ++it, ++links) {
    BOOST_TEST(ids.count((*it)[1]) == 1u, name << ": the link #" << (*it)[1] << " leads nowhere");
  }
  BOOST_TEST(links > 0, name << " has no links within the page");
}

std::string score_text(double score) { return fmt::format("{:.1f}", std::round(score * 10) / 10); }

}  // namespace

BOOST_AUTO_TEST_CASE(the_network_checks_catch_a_page_that_fetches, *boost::unit_test::precondition(chromium_present)) {
  // A control: if this page's fetches went unseen, "nothing fetched" below would prove nothing.
  const fs::path html = work_dir() / "control.html";
  write_text(html,
             "<!DOCTYPE html><html><head><link rel=stylesheet href=\"https://fonts.example.invalid/a.css\"></head>"
             "<body><p>control page</p><img alt=\"\" src=\"http://images.example.invalid/x.png\"></body></html>");
  BOOST_TEST(external_references(read_file(html)).size() >= 2u);
  const Render r = render_dom(html, "control");
  BOOST_TEST(r.dom.find("control page") != std::string::npos);
  std::set<std::string> hosts;
  for (const std::string& url : r.page_requests) hosts.insert(url.substr(0, url.find('/', 8)));
  BOOST_TEST(hosts.count("http://images.example.invalid") == 1u);
  BOOST_TEST(hosts.count("https://fonts.example.invalid") == 1u);
}

BOOST_AUTO_TEST_CASE(a_plan_page_renders_offline_with_its_grade_and_findings,
                     *boost::unit_test::precondition(chromium_present)) {
  // What the page must show comes from the contract's JSON for the same plan.
  const Run js = run(fmt::format("{} check --as-of {} --format json {}", kBinary, kAsOf, quote(kPoorPlan)));
  const json doc = json::parse(js.out).at("documents").at(0);
  BOOST_REQUIRE(doc.at("grade").is_string());
  BOOST_REQUIRE(!doc.at("findings").empty());
  const std::string band = doc["grade"].get<std::string>();
  const std::string score = score_text(doc.at("score").get<double>());
  const std::string name = doc.at("plan").at("name").get<std::string>();

  const fs::path html = work_dir() / "plan.html";
  const Run page = run(fmt::format("{} check --as-of {} --format html {}", kBinary, kAsOf, quote(kPoorPlan)));
  BOOST_REQUIRE_MESSAGE(page.status == 1, "check --format html should exit 1 (the plan has errors), got " << page.status);
  write_text(html, page.out);

  const Render r = render_dom(html, "plan");
  BOOST_TEST(r.dom.find(as_dom_text(band)) != std::string::npos, "grade " << band << " not in the rendered page");
  BOOST_TEST(r.dom.find(score + " out of 10") != std::string::npos, "score " << score << " not in the rendered page");
  BOOST_TEST(r.dom.find(as_dom_text(name)) != std::string::npos);
  for (const json& f : doc["findings"]) {
    const std::string message = f.at("message").get<std::string>();
    BOOST_TEST(r.dom.find(as_dom_text(message)) != std::string::npos, "finding not in the page: " << message);
  }
  // At least one finding's words are highlighted in the plan's text, linked to its card.
  BOOST_TEST(r.dom.find("<mark class=\"sev-") != std::string::npos);
  check_anchors(r.dom, "plan.html");
  check_offline(html, r);
  check_screenshot(html, "plan");
  check_print(html, "plan", {band, "Fix these first", name});
}

BOOST_AUTO_TEST_CASE(an_audit_report_renders_offline_without_names, *boost::unit_test::precondition(chromium_present)) {
  const fs::path out = work_dir() / "audit";
  const fs::path broken = work_dir() / "broken-upload.docx";
  write_text(broken, "this is not a Word file");
  const Run audit = run(fmt::format("{} audit --as-of {} --jobs 2 --out {} {} {} {}", kBinary, kAsOf,
                                    quote(out.string()), quote(kPoorPlan), quote(kGoodPlan), quote(broken.string())));
  BOOST_REQUIRE_MESSAGE(audit.status == 2, "an audit with an unreadable file should exit 2, got " << audit.status);
  const fs::path report = out / "report.html";
  BOOST_REQUIRE(fs::exists(report));

  // Names and grades from a run with names, to look for (and not find) in the report.
  const Run js = run(fmt::format("{} check --as-of {} --format json {} {}", kBinary, kAsOf, quote(kPoorPlan), quote(kGoodPlan)));
  const json docs = json::parse(js.out).at("documents");
  const json audit_json = json::parse(read_file(out / "audit.json"));

  const Render r = render_dom(report, "report");
  BOOST_TEST(r.dom.find("EHCP quality audit: 3 plans") != std::string::npos);
  for (const json& d : docs) {
    BOOST_TEST(r.dom.find(as_dom_text(d.at("grade").get<std::string>())) != std::string::npos);
    const std::string name = d.at("plan").at("name").get<std::string>();
    BOOST_TEST(r.dom.find(as_dom_text(name)) == std::string::npos, "the batch report names " << name);
    const std::string first = name.substr(0, name.find(' '));
    BOOST_TEST(r.dom.find(">" + first + " ") == std::string::npos, "the batch report names " << first);
  }
  for (const json& d : audit_json.at("documents")) {
    if (d.at("status") == "error") {
      BOOST_TEST(r.dom.find(d.at("error").at("code").get<std::string>()) != std::string::npos);
    } else {
      BOOST_TEST(r.dom.find(d.at("pseudonym").get<std::string>()) != std::string::npos);
    }
  }
  BOOST_TEST(r.dom.find("<svg") != std::string::npos, "the charts are missing");
  check_anchors(r.dom, "report.html");
  check_offline(report, r);
  check_screenshot(report, "report");
  check_print(report, "report", {"At a glance", "Rates per rule"});

  // Each plan read has its own page, linked from the report, showing the name and saying so.
  static const std::regex link(R"(href="(plans/[^"]+\.html)\")");
  std::vector<std::string> pages;
  for (auto it = std::sregex_iterator(r.dom.begin(), r.dom.end(), link); it != std::sregex_iterator(); ++it) {
    pages.push_back((*it)[1].str());
  }
  BOOST_REQUIRE_EQUAL(pages.size(), 2u);
  std::set<std::string> names;
  for (const json& d : docs) names.insert(d.at("plan").at("name").get<std::string>());
  for (size_t i = 0; i < pages.size(); ++i) {
    const fs::path page = out / pages[i];
    BOOST_REQUIRE_MESSAGE(fs::exists(page), "the report links to a missing page " << page);
    const Render p = render_dom(page, fmt::format("plan-page-{}", i));
    bool named = false;
    for (const std::string& n : names) named = named || p.dom.find(as_dom_text(n)) != std::string::npos;
    BOOST_TEST(named, page << " does not show the child's name");
    BOOST_TEST(p.dom.find("This page names the child") != std::string::npos);
    BOOST_TEST(p.dom.find("../report.html") != std::string::npos);
    check_offline(page, p);
  }
}

BOOST_AUTO_TEST_CASE(markup_in_a_plan_is_shown_as_text_not_run, *boost::unit_test::precondition(chromium_present)) {
  // A plan whose words look like HTML: the page must show them, not obey them.
  auto para = [](const std::string& xml_text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + xml_text + "</w:t></w:r></w:p>"; };
  ehcpqa::testing::DocxParts parts;
  parts.body = para("Education, Health and Care Plan") + para("Name: Sam Example") +
               para("Section A: Views, interests and aspirations") +
               para("Sam likes &lt;script&gt;document.title='owned'&lt;/script&gt; trains &amp; buses.") +
               para("&lt;img src=\"http://images.example.invalid/x.png\"&gt; &lt;a href=\"https://example.invalid/\"&gt;link&lt;/a&gt;") +
               para("Section E: Outcomes") + para("Sam will improve his reading.");
  const std::string docx = ehcpqa::testing::write_docx(parts);
  const fs::path html = work_dir() / "markup.html";
  const Run page = run(fmt::format("{} check --as-of {} --format html {}", kBinary, kAsOf, quote(docx)));
  BOOST_REQUIRE(page.status == 0 || page.status == 1);
  write_text(html, page.out);
  const Render r = render_dom(html, "markup");
  BOOST_TEST(r.dom.find("&lt;script&gt;document.title='owned'&lt;/script&gt;") != std::string::npos);
  BOOST_TEST(r.dom.find("<script") == std::string::npos);
  BOOST_TEST(r.dom.find("owned</title>") == std::string::npos);
  BOOST_TEST(r.dom.find("trains &amp; buses") != std::string::npos);
  check_offline(html, r);
  fs::remove(docx);
}
