#include "templates/plan.h"

namespace ehcpqa {

const char* to_string(PlanStatus status) {
  switch (status) {
    case PlanStatus::draft: return "draft";
    case PlanStatus::final: return "final";
    case PlanStatus::unknown: break;
  }
  return "unknown";
}

const char* to_string(UnitRole role) {
  switch (role) {
    case UnitRole::section_heading: return "section-heading";
    case UnitRole::column_header: return "column-header";
    case UnitRole::area_title: return "area-title";
    case UnitRole::content: break;
  }
  return "content";
}

const char* to_string(ItemKind kind) {
  switch (kind) {
    case ItemKind::provision: return "provision";
    case ItemKind::advice: return "advice";
    case ItemKind::outcome: break;
  }
  return "outcome";
}

const std::vector<std::string>& statutory_codes() {
  static const std::vector<std::string> codes = {"A", "B", "C", "D", "E", "F",
                                                 "G", "H1", "H2", "I", "J", "K"};
  return codes;
}

std::string section_description(const std::string& code) {
  static const std::pair<const char*, const char*> names[] = {
      {"A", "views, interests and aspirations"},
      {"B", "special educational needs"},
      {"C", "health needs"},
      {"D", "social care needs"},
      {"E", "outcomes"},
      {"F", "special educational provision"},
      {"G", "health provision"},
      {"H1", "social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"},
      {"H2", "other social care provision"},
      {"H", "social care provision"},
      {"I", "placement"},
      {"J", "personal budget"},
      {"K", "advice and information"},
  };
  for (const auto& [c, name] : names) {
    if (code == c) return name;
  }
  return code;
}

const Section* Plan::section(const std::string& code) const {
  for (const Section& s : sections) {
    if (s.code == code) return &s;
  }
  if (code == "H1" || code == "H2") {
    for (const Section& s : sections) {
      if (s.code == "H") return &s;
    }
  }
  return nullptr;
}

std::vector<const Unit*> Plan::units_of(const Section& section) const {
  std::vector<const Unit*> out;
  for (const Unit& u : units) {
    if (u.section == section.code && u.role != UnitRole::section_heading && u.role != UnitRole::column_header) {
      out.push_back(&u);
    }
  }
  return out;
}

std::vector<const Item*> Plan::items_of(const Section& section) const {
  std::vector<const Item*> out;
  for (const Item& item : items) {
    if (item.section == section.code) out.push_back(&item);
  }
  return out;
}

std::optional<Date> Plan::plan_date() const {
  if (front.status == PlanStatus::final && front.issue_date) return front.issue_date;
  if (front.status == PlanStatus::draft && front.draft_date) return front.draft_date;
  if (front.plan_date_stated) return front.plan_date_stated;
  if (front.issue_date) return front.issue_date;
  if (front.draft_date) return front.draft_date;
  if (front.signed_date) return front.signed_date;
  return front.review_date;
}

}  // namespace ehcpqa
