#include "checks/rule_examples.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <re2/re2.h>

#include "parser/markup/markup_reader.h"
#include "text/config_file.h"
#include "text/normalize.h"

namespace ehcpqa {
namespace {

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConfigError(fmt::format("{}: example base plan not found", path));
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// The section code of a base plan's heading line ("## Section H1: ..."), or "".
std::string heading_code(const std::string& line) {
  static const RE2 heading("^#{1,3}\\s+Section\\s+([A-K]|H[12]?)\\b");
  std::string code;
  return RE2::PartialMatch(line, heading, &code) ? code : "";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string example_sketch(const RuleExample& ex, const std::string& examples_dir) {
  const std::vector<std::string> base = read_lines(examples_dir + "/" + ex.base + ".plan");
  std::vector<std::string> out;
  std::string current;  // the section the line belongs to
  bool front = true;
  std::set<std::string> front_done;
  for (const std::string& line : base) {
    const std::string code = heading_code(line);
    if (!code.empty()) {
      if (front) {
        // Labels the example sets but the base lacks go at the end of the front matter.
        for (const auto& [label, value] : ex.front) {
          if (!front_done.count(label) && value) out.push_back(label + ": " + *value);
        }
      }
      front = false;
      current = code;
      if (std::find(ex.drop.begin(), ex.drop.end(), code) != ex.drop.end()) continue;
      auto retitled = ex.headings.find(code);
      out.push_back(retitled == ex.headings.end() ? line : "## " + retitled->second);
      auto body = ex.set.find(code);
      if (body != ex.set.end()) {
        for (const std::string& l : split_lines(body->second)) out.push_back(l);
      }
      continue;
    }
    if (front) {
      size_t colon = line.find(':');
      if (colon != std::string::npos) {
        const std::string label = line.substr(0, colon);
        bool replaced = false;
        for (const auto& [want, value] : ex.front) {
          if (lower(want) == lower(label)) {
            front_done.insert(want);
            if (value) out.push_back(label + ": " + *value);
            replaced = true;
          }
        }
        if (replaced) continue;
      }
      out.push_back(line);
      continue;
    }
    if (std::find(ex.drop.begin(), ex.drop.end(), current) != ex.drop.end()) continue;
    if (ex.set.count(current)) continue;  // replaced above
    out.push_back(line);
  }
  if (ex.revisions) out.push_back(fmt::format("@revisions {}", *ex.revisions));
  if (ex.comments) out.push_back(fmt::format("@comments {}", *ex.comments));
  return join(out);
}

std::string strip_markers(const std::string& sketch, std::vector<std::string>& marked) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = sketch.find("[[", pos);
    if (open == std::string::npos) break;
    size_t close = sketch.find("]]", open + 2);
    if (close == std::string::npos) break;
    out += sketch.substr(pos, open - pos);
    std::string inner = sketch.substr(open + 2, close - open - 2);
    marked.push_back(inner);
    out += inner;
    pos = close + 2;
  }
  out += sketch.substr(pos);
  return out;
}

ExampleReport run_rule_examples(const RuleEngine& engine, const PlanBuilder& builder,
                                const std::string& examples_dir, Date default_as_of) {
  ExampleReport report;
  for (const Rule& rule : engine.rules()) {
    ++report.rules;
    auto run = [&](const std::vector<RuleExample>& examples, const char* kind) {
      for (size_t i = 0; i < examples.size(); ++i) {
        const RuleExample& ex = examples[i];
        ++report.examples;
        const std::string where = fmt::format("{}[{}] ({}:{})", kind, i, rule.file, ex.line);
        auto fail = [&](std::string problem) {
          report.failures.push_back(ExampleFailure{rule.id, where, std::move(problem)});
        };
        std::vector<std::string> marked;
        std::string sketch;
        try {
          sketch = strip_markers(example_sketch(ex, examples_dir), marked);
        } catch (const std::exception& e) {
          fail(e.what());
          continue;
        }
        const Plan plan = builder.build(markup::read_markup(sketch, ex.base + ".plan"));
        std::vector<Finding> findings;
        if (rule.unit == ScopeUnit::batch) {
          // The example's plan first, then the audit's other plans; findings of the first count.
          std::vector<BatchMember> members{batch_member(plan)};
          for (const RuleExample& other : ex.batch) {
            std::vector<std::string> ignored;
            const std::string text = strip_markers(example_sketch(other, examples_dir), ignored);
            members.push_back(batch_member(builder.build(markup::read_markup(text, other.base + ".plan"))));
          }
          findings = engine.check_batch(members, rule.id).front();
        } else {
          findings = engine.check(plan, ex.as_of.value_or(default_as_of), rule.id);
        }
        if (static_cast<int>(findings.size()) != ex.count) {
          std::string got;
          for (const Finding& f : findings) {
            got += fmt::format("\n    {} {} \"{}\"", f.section.empty() ? "-" : f.section, f.message, f.evidence);
          }
          fail(fmt::format("expected {} finding(s), got {}{}", ex.count, findings.size(), got));
          continue;
        }
        for (size_t k = 0; k < findings.size(); ++k) {
          if (ex.section && findings[k].section != *ex.section) {
            fail(fmt::format("expected section {}, got '{}'", *ex.section, findings[k].section));
          }
          if (k < marked.size() && text::tidy(findings[k].evidence) != text::tidy(marked[k])) {
            fail(fmt::format("expected evidence \"{}\", got \"{}\"", marked[k], findings[k].evidence));
          }
        }
      }
    };
    run(rule.fires, "fires");
    run(rule.passes, "passes");
  }
  return report;
}

}  // namespace ehcpqa
