#include "templates/front_matter.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/config_file.h"
#include "text/normalize.h"
#include "text/uk_date.h"

namespace ehcpqa {
namespace {

const std::set<std::string> kFieldKeys = {"name", "preferred_name", "dob", "draft_date",
                                          "issue_date", "review_date", "request_date",
                                          "plan_date", "status"};

std::string trim_separators(std::string_view s) {
  const char* junk = " \t|;,:-";
  size_t b = s.find_first_not_of(junk);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t|;,");
  return std::string(s.substr(b, e - b + 1));
}

// Folded content-control tag: "Date Of Birth" and "date_of_birth" both become "dateofbirth".
std::string tag_key(const std::string& tag) {
  std::string out;
  for (char c : text::fold(tag)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

std::unique_ptr<RE2> compile(const std::string& path, const YAML::Node& node, const std::string& pattern) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) config_fail(path, node, fmt::format("bad pattern: {}", re->error()));
  return re;
}

bool any_match(const std::vector<std::unique_ptr<RE2>>& patterns, const std::string& text) {
  for (const auto& re : patterns) {
    if (RE2::PartialMatch(text, *re)) return true;
  }
  return false;
}

}  // namespace

FrontMatterReader FrontMatterReader::load(const std::string& path) {
  const YAML::Node root = load_yaml_file(path);
  check_keys(path, root, {"fields", "status", "placeholders"});
  FrontMatterReader reader;
  const YAML::Node fields = root["fields"];
  if (!fields || !fields.IsMap()) config_fail(path, root, "'fields' must map field names to labels");
  check_keys(path, fields, kFieldKeys);
  for (const auto& entry : fields) {
    const YAML::Node spec = entry.second;
    check_keys(path, spec, {"labels", "tags"});
    std::vector<std::string> labels = spec["labels"].as<std::vector<std::string>>();
    if (labels.empty()) config_fail(path, spec, "a field needs at least one label");
    // Longest first: RE2 alternation prefers the earlier alternative.
    std::sort(labels.begin(), labels.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string alternatives;
    for (const std::string& label : labels) {
      std::string quoted = RE2::QuoteMeta(text::tidy(label));
      // Let any run of white space in the document match the label's single spaces.
      std::string flexible;
      for (size_t i = 0; i < quoted.size(); ++i) {
        if (quoted.compare(i, 2, "\\ ") == 0) {
          flexible += "\\s+";
          ++i;
        } else {
          flexible += quoted[i];
        }
      }
      alternatives += (alternatives.empty() ? "" : "|") + flexible;
    }
    Field field;
    field.key = entry.first.as<std::string>();
    // A label counts at the start of the text or after a tab, bar, semicolon or wide gap,
    // and must end at a word boundary. Group 1: the separator after it, if any.
    field.label = compile(path, spec["labels"],
                          "(?:^|[\\t|;]|\\s{2})\\s*(?:" + alternatives + ")\\b\\s*(:|-|=|\\t|$)?");
    if (spec["tags"]) {
      for (const std::string& tag : spec["tags"].as<std::vector<std::string>>()) {
        field.tags.push_back(tag_key(tag));
      }
    }
    reader.fields_.push_back(std::move(field));
  }
  const YAML::Node status = root["status"];
  if (status) {
    check_keys(path, status, {"draft", "final"});
    for (const YAML::Node& p : status["draft"]) reader.draft_words_.push_back(compile(path, p, p.as<std::string>()));
    for (const YAML::Node& p : status["final"]) reader.final_words_.push_back(compile(path, p, p.as<std::string>()));
  }
  for (const YAML::Node& p : root["placeholders"]) {
    reader.placeholders_.push_back(compile(path, p, p.as<std::string>()));
  }
  return reader;
}

std::vector<FrontMatterReader::LabelHit> FrontMatterReader::labels_in(const std::string& text) const {
  std::vector<LabelHit> hits;
  const re2::StringPiece input(text);
  for (const Field& field : fields_) {
    re2::StringPiece groups[2];
    size_t pos = 0;
    while (pos <= text.size() &&
           field.label->Match(input, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
      const size_t start = static_cast<size_t>(groups[0].data() - text.data());
      const size_t end = start + groups[0].size();
      hits.push_back(LabelHit{&field, start, end, groups[1].data() != nullptr});
      pos = std::max(end, start + 1);
    }
  }
  std::sort(hits.begin(), hits.end(), [](const LabelHit& a, const LabelHit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  // Drop hits inside an earlier, longer one ("preferred name" holds "name").
  std::vector<LabelHit> kept;
  for (const LabelHit& h : hits) {
    if (!kept.empty() && h.start < kept.back().end) continue;
    kept.push_back(h);
  }
  return kept;
}

bool FrontMatterReader::is_placeholder(const std::string& value) const {
  const std::string folded = text::fold(value);
  return folded.empty() || any_match(placeholders_, folded);
}

void FrontMatterReader::assign(FrontMatter& front, const std::string& key, const std::string& raw,
                               Location location) const {
  const std::string value = text::tidy(raw);
  if (is_placeholder(value)) return;
  auto set_date = [&](std::optional<Date>& slot) {
    if (!slot) slot = text::first_date(value);
  };
  if (key == "name") {
    if (front.name || value.size() > 80) return;
    // "Amira Hussain (known as Mira)": the bracket is a preferred name.
    std::string name = value;
    size_t bracket = name.find('(');
    if (bracket != std::string::npos && bracket > 0) {
      std::string inner = trim_separators(name.substr(bracket + 1));
      if (!inner.empty() && inner.back() == ')') inner.pop_back();
      const std::string folded = text::fold(inner);
      if (folded.rfind("known as ", 0) == 0) inner = inner.substr(9);
      else if (folded.rfind("prefers ", 0) == 0) inner = inner.substr(8);
      name = trim_separators(name.substr(0, bracket));
      if (!front.preferred_name && !inner.empty()) front.preferred_name = FrontField{inner, location};
    }
    if (!name.empty()) front.name = FrontField{name, location};
  } else if (key == "preferred_name") {
    if (!front.preferred_name && value.size() <= 60) front.preferred_name = FrontField{value, location};
  } else if (key == "dob") {
    set_date(front.dob);
  } else if (key == "draft_date") {
    set_date(front.draft_date);
  } else if (key == "issue_date") {
    set_date(front.issue_date);
  } else if (key == "review_date") {
    set_date(front.review_date);
  } else if (key == "request_date") {
    set_date(front.request_date);
  } else if (key == "plan_date") {
    set_date(front.plan_date_stated);
  } else if (key == "status" && front.status == PlanStatus::unknown) {
    const std::string folded = text::fold(value);
    if (any_match(draft_words_, folded)) front.status = PlanStatus::draft;
    else if (any_match(final_words_, folded)) front.status = PlanStatus::final;
    if (front.status != PlanStatus::unknown) front.status_evidence = value;
  }
}

void FrontMatterReader::read(Plan& plan) const {
  FrontMatter& front = plan.front;
  const size_t end = std::min(plan.front_end, plan.units.size());
  std::vector<bool> is_label(end, false);

  // The value for a label that ends its own cell or paragraph: the next cell of the row,
  // or else the next paragraph.
  auto following_value = [&](size_t i) -> std::pair<std::string, Location> {
    const Unit& u = plan.units[i];
    if (u.table >= 0) {
      std::string joined;
      Location loc;
      for (size_t j = i + 1; j < plan.units.size(); ++j) {
        const Unit& v = plan.units[j];
        if (v.table != u.table || v.row != u.row) break;
        if (v.cell == u.cell) continue;
        if (v.cell != u.cell + 1) break;
        if (joined.empty()) loc = v.location;
        joined += (joined.empty() ? "" : " ") + v.text;
      }
      return {joined, loc};
    }
    if (i + 1 < end && plan.units[i + 1].heading_level == 0 && labels_in(text::tidy(plan.units[i + 1].text)).empty()) {
      return {plan.units[i + 1].text, plan.units[i + 1].location};
    }
    return {};
  };

  for (size_t i = 0; i < end; ++i) {
    const Unit& unit = plan.units[i];
    const std::string text = text::tidy(unit.text);
    const auto hits = labels_in(text);
    is_label[i] = !hits.empty();
    if (!unit.control_tag.empty() && hits.empty()) {
      const std::string key = tag_key(unit.control_tag);
      for (const Field& field : fields_) {
        if (std::find(field.tags.begin(), field.tags.end(), key) != field.tags.end()) {
          assign(front, field.key, text, unit.location);
        }
      }
    }
    for (size_t h = 0; h < hits.size(); ++h) {
      const size_t value_end = h + 1 < hits.size() ? hits[h + 1].start : text.size();
      std::string value = trim_separators(std::string_view(text).substr(hits[h].end, value_end - hits[h].end));
      Location location = unit.location;
      if (value.empty() && h + 1 == hits.size()) std::tie(value, location) = following_value(i);
      // Without ':' or a tab after the label, only a date right after it is trusted
      // ("Date of birth 03/03/2015"), not prose that happens to start with "Name".
      if (!hits[h].separated && !(hits[h].field->key != "name" && text::first_date(value))) continue;
      assign(front, hits[h].field->key, value, location);
    }
  }
  for (const std::string& line : plan.header_text) {
    const std::string text = text::tidy(line);
    const auto hits = labels_in(text);
    for (size_t h = 0; h < hits.size(); ++h) {
      const size_t value_end = h + 1 < hits.size() ? hits[h + 1].start : text.size();
      assign(front, hits[h].field->key,
             trim_separators(std::string_view(text).substr(hits[h].end, value_end - hits[h].end)), Location{});
    }
  }

  if (front.status != PlanStatus::unknown) return;
  // The title: headings and stand-alone bold lines above the first section that are not
  // field labels, then the running header (where "DRAFT" is often stamped).
  std::vector<std::pair<std::string, Location>> titles;
  for (size_t i = 0; i < end; ++i) {
    const Unit& u = plan.units[i];
    if (!is_label[i] && (u.heading_level > 0 || (u.bold && u.table < 0) || i == 0)) {
      titles.emplace_back(u.text, u.location);
    }
  }
  for (const std::string& line : plan.header_text) titles.emplace_back(line, Location{});
  for (auto* words : {&draft_words_, &final_words_}) {
    for (const auto& [title, location] : titles) {
      if (any_match(*words, text::fold(title))) {
        front.status = words == &draft_words_ ? PlanStatus::draft : PlanStatus::final;
        front.status_evidence = text::tidy(title);
        return;
      }
    }
  }
}

}  // namespace ehcpqa
