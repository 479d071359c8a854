// Pseudonyms and name masking (reports/pseudonym.h): outputs shared without children's names.
#define BOOST_TEST_MODULE pseudonym
#include <boost/test/included/unit_test.hpp>

#include <regex>
#include <sstream>

#include "reports/csv_report.h"
#include "reports/json_report.h"
#include "reports/pseudonym.h"

using namespace ehcpqa;

namespace {

DocumentResult plan_of(const std::string& name, const std::string& path = "in/ayesha_khan_ehcp.docx") {
  DocumentResult r;
  r.path = path;
  r.format = "docx";
  PlanSummary p;
  p.name = name;
  p.preferred_name = "Ash";
  p.dob = Date{2011, 2, 14};
  r.plan = p;
  Finding f;
  f.rule = "outcomes.not-time-bound";
  f.section = "E";
  f.message = "This outcome does not say by when Ayesha should achieve it.";
  f.evidence = "Ayesha will improve her confidence; AYESHA KHAN's mum says Ash will try.";
  f.fix = "Add a time frame.";
  r.findings.push_back(f);
  return r;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_pseudonym_is_stable_and_shared_by_the_forms_of_one_plan) {
  const std::string p = pseudonym(plan_of("Ayesha Khan"));
  BOOST_TEST(std::regex_match(p, std::regex("Plan [2-9A-HJ-NP-Z]{5}")), p);
  BOOST_TEST(pseudonym(plan_of("Ayesha Khan")) == p);
  BOOST_TEST(pseudonym(plan_of("Ayesha Khan", "other/Ayesha Khan.pdf")) == p);  // same child, other file
  BOOST_TEST(pseudonym(plan_of("Ayesha Kahn")) != p);
  DocumentResult unread = error_result("in/x.pdf", "pdf", "pdf.encrypted", "locked");
  BOOST_TEST(pseudonym(unread) == pseudonym(error_result("elsewhere/x.pdf", "pdf", "pdf.encrypted", "locked")));
}

BOOST_AUTO_TEST_CASE(names_are_masked_as_whole_words_in_the_case_they_are_written) {
  const DocumentResult r = plan_of("Ayesha Khan");
  const std::string p = pseudonym(r);
  BOOST_TEST(mask_names("Ayesha will improve; AYESHA KHAN's mum says Ash will try.", r) ==
             p + " will improve; " + p + "'s mum says " + p + " will try.");
  // Not inside other words, and a lower-case word is not a name.
  BOOST_TEST(mask_names("Ashford school; Khanh; ash trees", r) == "Ashford school; Khanh; ash trees");
  const DocumentResult will = plan_of("Will Smith");
  BOOST_TEST(mask_names("He will go with Will.", will) == "He will go with " + pseudonym(will) + ".");
}

BOOST_AUTO_TEST_CASE(file_names_lose_the_names_in_any_case_and_joined) {
  const DocumentResult r = plan_of("Ayesha Khan");
  const std::string p = pseudonym(r);
  BOOST_TEST(mask_path("in/ayesha_khan_ehcp.docx", r) == "in/" + p + "_ehcp.docx");
  BOOST_TEST(mask_path("in/AyeshaKhan EHCP.docx", r) == "in/" + p + " EHCP.docx");
  BOOST_TEST(mask_path("in/KHAN-A.docx", r) == "in/" + p + "-A.docx");
  BOOST_TEST(mask_path("khan/plan.docx", r) == "khan/plan.docx");  // folders are the authority's
}

BOOST_AUTO_TEST_CASE(shared_outputs_carry_no_name_unless_asked) {
  DocumentResult r = plan_of("Ayesha Khan");
  const std::vector<DocumentResult> results{r};
  std::ostringstream plans, findings, plans_named;
  write_plans_csv(plans, results);
  write_findings_csv(findings, results);
  write_plans_csv(plans_named, results, true);
  const std::string audit = audit_json(results, Date{2026, 11, 23}).dump();
  const std::string audit_named = audit_json(results, Date{2026, 11, 23}, true).dump();
  for (const std::string& out : {plans.str(), findings.str(), audit}) {
    BOOST_TEST(out.find("Ayesha") == std::string::npos, out);
    BOOST_TEST(out.find("ayesha") == std::string::npos, out);
    BOOST_TEST(out.find("Khan") == std::string::npos, out);
    BOOST_TEST(out.find(pseudonym(r)) != std::string::npos);
  }
  BOOST_TEST(plans_named.str().find("ayesha_khan") != std::string::npos);
  BOOST_TEST(audit_named.find("Ayesha Khan") != std::string::npos);
  const DocumentResult masked = without_names(r);
  BOOST_TEST(!masked.plan->name.has_value());
  BOOST_TEST(pseudonym(masked) == pseudonym(r));  // the pseudonym survives the masking
}
