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
                                          "plan_date", "status", "school_year", "primary_need",
                                          "placement"};
const std::set<std::string> kSignOffKeys = {"signed_date"};

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

std::vector<FrontMatterReader::Field> FrontMatterReader::read_fields(const std::string& path, const YAML::Node& fields,
                                                                     const std::set<std::string>& keys) {
  check_keys(path, fields, keys);
  std::vector<Field> out;
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
    // Also mid-line after a single space when a colon follows ("... Kowalczyk D.O.B.: 10/12/2021"),
    // as PDFs often give several fields on one line. Group 2: that colon.
    field.label = compile(path, spec["labels"],
                          "(?:^|[\\t|;]|\\s{2})\\s*(?:" + alternatives + ")\\b\\s*(:|-|=|\\t|$)?" +
                              "|\\s(?:" + alternatives + ")\\s*(:)");
    if (spec["tags"]) {
      for (const std::string& tag : spec["tags"].as<std::vector<std::string>>()) {
        field.tags.push_back(tag_key(tag));
      }
    }
    out.push_back(std::move(field));
  }
  return out;
}

FrontMatterReader FrontMatterReader::load(const std::string& path) {
  const YAML::Node root = load_yaml_file(path);
  check_keys(path, root, {"fields", "sign_off", "status", "placeholders", "primary_needs"});
  FrontMatterReader reader;
  const YAML::Node fields = root["fields"];
  if (!fields || !fields.IsMap()) config_fail(path, root, "'fields' must map field names to labels");
  reader.fields_ = read_fields(path, fields, kFieldKeys);
  if (const YAML::Node sign_off = root["sign_off"]) {
    if (!sign_off.IsMap()) config_fail(path, sign_off, "'sign_off' must map field names to labels");
    reader.sign_off_fields_ = read_fields(path, sign_off, kSignOffKeys);
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
  if (const YAML::Node needs = root["primary_needs"]) {
    if (!needs.IsMap()) config_fail(path, needs, "'primary_needs' must map DfE codes to wordings");
    for (const auto& entry : needs) {
      for (Wording& w : read_wordings(path, entry.second, entry.first.as<std::string>())) {
        reader.need_codes_.push_back(std::move(w));
      }
    }
  }
  return reader;
}

std::vector<FrontMatterReader::LabelHit> FrontMatterReader::labels_in(const std::string& text,
                                                                     const std::vector<Field>& fields) const {
  std::vector<LabelHit> hits;
  const re2::StringPiece input(text);
  for (const Field& field : fields) {
    re2::StringPiece groups[3];
    size_t pos = 0;
    while (pos <= text.size() &&
           field.label->Match(input, pos, text.size(), RE2::UNANCHORED, groups, 3)) {
      const size_t start = static_cast<size_t>(groups[0].data() - text.data());
      const size_t end = start + groups[0].size();
      hits.push_back(LabelHit{&field, start, end, groups[1].data() != nullptr || groups[2].data() != nullptr});
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
  } else if (key == "signed_date") {
    set_date(front.signed_date);
  } else if (key == "school_year") {
    if (!front.school_year && value.size() <= 80) front.school_year = FrontField{value, location};
  } else if (key == "primary_need") {
    if (!front.primary_need && value.size() <= 160) {
      front.primary_need = FrontField{value, location};
      front.primary_need_code = primary_need_code(value);
    }
  } else if (key == "placement") {
    if (!front.placement && value.size() <= 200) front.placement = FrontField{value, location};
  } else if (key == "status" && front.status == PlanStatus::unknown) {
    const std::string folded = text::fold(value);
    if (any_match(draft_words_, folded)) front.status = PlanStatus::draft;
    else if (any_match(final_words_, folded)) front.status = PlanStatus::final;
    if (front.status != PlanStatus::unknown) front.status_evidence = value;
  }
}

std::string FrontMatterReader::primary_need_code(const std::string& value) const {
  // The wording found earliest wins ("Autism (ASD) with anxiety"); on a tie, the longest.
  const std::string folded = text::fold(value);
  size_t best_at = std::string::npos, best_len = 0;
  std::string code;
  for (size_t at = 0; at < folded.size(); ++at) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(folded[at - 1]))) continue;  // word starts only
    for (const Wording& w : need_codes_) {
      if (!starts_with_wording(std::string_view(folded).substr(at), w.folded)) continue;
      if (at < best_at || (at == best_at && w.folded.size() > best_len)) {
        best_at = at;
        best_len = w.folded.size();
        code = w.value;
      }
    }
    if (best_at != std::string::npos) break;
  }
  return code;
}

void FrontMatterReader::read_labels(Plan& plan, size_t begin, size_t end, const std::vector<Field>& fields,
                                    std::vector<bool>& is_label) const {
  FrontMatter& front = plan.front;
  auto cell_text = [&](size_t from, int table, int row, int cell) -> std::pair<std::string, Location> {
    std::string joined;
    Location loc;
    for (size_t j = from; j < plan.units.size(); ++j) {
      const Unit& v = plan.units[j];
      if (v.table != table || v.row > row) break;
      if (v.row != row || v.cell != cell) continue;
      if (joined.empty()) loc = v.location;
      joined += (joined.empty() ? "" : " ") + v.text;
    }
    return {joined, loc};
  };
  auto is_label_text = [&](const std::string& t) {
    const auto hits = labels_in(text::tidy(t), fields);
    return !hits.empty() && hits.front().start == 0;
  };
  // The value for a label that ends its own cell or paragraph: the next cell of the row,
  // else the cell below it (labels across the top of a table), else the next paragraph.
  auto following_value = [&](size_t i) -> std::pair<std::string, Location> {
    const Unit& u = plan.units[i];
    if (u.table >= 0) {
      auto next = cell_text(i + 1, u.table, u.row, u.cell + 1);
      if (!next.first.empty() && !is_label_text(next.first)) return next;
      auto below = cell_text(i + 1, u.table, u.row + 1, u.cell);
      if (!below.first.empty() && !is_label_text(below.first)) return below;
      return {};
    }
    if (i + 1 < end && plan.units[i + 1].heading_level == 0 &&
        labels_in(text::tidy(plan.units[i + 1].text), fields).empty()) {
      return {plan.units[i + 1].text, plan.units[i + 1].location};
    }
    return {};
  };

  for (size_t i = begin; i < end; ++i) {
    const Unit& unit = plan.units[i];
    const std::string text = text::tidy(unit.text);
    const auto hits = labels_in(text, fields);
    if (i < is_label.size()) is_label[i] = !hits.empty();
    if (!unit.control_tag.empty() && hits.empty()) {
      const std::string key = tag_key(unit.control_tag);
      for (const Field& field : fields) {
        if (std::find(field.tags.begin(), field.tags.end(), key) != field.tags.end()) {
          assign(front, field.key, text, unit.location);
        }
      }
    }
    for (size_t h = 0; h < hits.size(); ++h) {
      const size_t value_end = h + 1 < hits.size() ? hits[h + 1].start : text.size();
      std::string value = trim_separators(std::string_view(text).substr(hits[h].end, value_end - hits[h].end));
      Location location = unit.location;
      bool separated = hits[h].separated;
      // "Date of annual review (phase transfer review)" in one cell, the date in the next:
      // a bracket after the label qualifies it.
      if (value.size() > 2 && value.front() == '(' && value.back() == ')' && value.find(')') == value.size() - 1) {
        value.clear();
        separated = true;
      }
      if (value.empty() && h + 1 == hits.size()) std::tie(value, location) = following_value(i);
      // Without ':' or a tab after the label, only a date right after it is trusted
      // ("Date of birth 03/03/2015"), not prose that happens to start with "Name".
      if (!separated && !(hits[h].field->key != "name" && text::first_date(value))) continue;
      assign(front, hits[h].field->key, value, location);
    }
  }
}

void FrontMatterReader::read(Plan& plan) const {
  FrontMatter& front = plan.front;
  const size_t end = std::min(plan.front_end, plan.units.size());
  std::vector<bool> is_label(end, false);
  read_labels(plan, 0, end, fields_, is_label);
  std::vector<bool> unused;
  if (!sign_off_fields_.empty() && plan.back_start < plan.units.size()) {
    read_labels(plan, plan.back_start, plan.units.size(), sign_off_fields_, unused);
  }
  for (const std::string& line : plan.header_text) {
    const std::string text = text::tidy(line);
    const auto hits = labels_in(text, fields_);
    for (size_t h = 0; h < hits.size(); ++h) {
      const size_t value_end = h + 1 < hits.size() ? hits[h + 1].start : text.size();
      assign(front, hits[h].field->key,
             trim_separators(std::string_view(text).substr(hits[h].end, value_end - hits[h].end)), Location{});
    }
  }

  if (front.status != PlanStatus::unknown) return;
  // The title: headings and stand-alone bold lines above the first section that are not
  // field labels, then the running header (where "DRAFT" is often stamped, or watermarked).
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
  // No title word says which. A stated date of issue means the plan has been issued, so it
  // is final; a draft's date alone means a draft.
  if (front.issue_date && !front.draft_date) {
    front.status = PlanStatus::final;
    front.status_evidence = "a date of issue is stated";
  } else if (front.draft_date && !front.issue_date) {
    front.status = PlanStatus::draft;
    front.status_evidence = "only a draft's date is stated";
  }
}

}  // namespace ehcpqa
