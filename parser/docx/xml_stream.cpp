#include "parser/docx/xml_stream.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <fmt/format.h>

#include "parser/input_error.h"

namespace ehcpqa::docx {
namespace {

// Refuses every external entity or DTD, whatever a document asks for.
xmlParserInputPtr refuse_external_entities(const char*, const char*, xmlParserCtxtPtr) {
  return nullptr;
}

void install_safe_defaults() {
  static const bool installed = [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse_external_entities);
    return true;
  }();
  (void)installed;
}

void swallow_errors(void*, const char*, ...) {}

std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

}  // namespace

int XmlStream::read_callback(void* context, char* buffer, int size) {
  auto* self = static_cast<XmlStream*>(context);
  try {
    return static_cast<int>(self->source_->read(buffer, static_cast<size_t>(size)));
  } catch (...) {
    // Exceptions must not cross libxml2's C frames: keep it and rethrow from next().
    self->source_error_ = std::current_exception();
    return -1;
  }
}

XmlStream::XmlStream(std::unique_ptr<ZipEntryStream> source) : source_(std::move(source)) {
  install_safe_defaults();
  // No XML_PARSE_NOENT (entity substitution), no XML_PARSE_DTDLOAD, no XML_PARSE_HUGE.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  reader_ = xmlReaderForIO(&XmlStream::read_callback, nullptr, this, nullptr, nullptr, options);
  if (!reader_) {
    throw InputError(error_code::docx_corrupt, "The Word file's XML could not be parsed.");
  }
  xmlTextReaderSetErrorHandler(reader_, nullptr, nullptr);
  xmlSetGenericErrorFunc(nullptr, swallow_errors);
}

XmlStream::~XmlStream() {
  if (reader_) xmlFreeTextReader(reader_);
}

bool XmlStream::next() {
  if (pending_end_) {
    pending_end_ = false;
    node_ = Node::end;
    return true;
  }
  int rc = xmlTextReaderRead(reader_);
  if (source_error_) std::rethrow_exception(source_error_);
  if (rc == 0) return false;
  if (rc < 0) {
    throw InputError(error_code::docx_corrupt,
                     fmt::format("The Word file is damaged: the XML of '{}' is not well-formed.",
                                 source_->name()));
  }
  switch (xmlTextReaderNodeType(reader_)) {
    case XML_READER_TYPE_ELEMENT:
      node_ = Node::start;
      pending_end_ = xmlTextReaderIsEmptyElement(reader_) == 1;
      break;
    case XML_READER_TYPE_END_ELEMENT:
      node_ = Node::end;
      break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_CDATA:
      node_ = Node::text;
      break;
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY_REFERENCE:
      throw InputError(error_code::docx_corrupt,
                       fmt::format("The part '{}' declares a DTD or entities, which Word never "
                                   "writes; it was not read.",
                                   source_->name()));
    default:
      node_ = Node::other;
  }
  return true;
}

std::string_view XmlStream::local_name() const {
  return view(xmlTextReaderConstLocalName(reader_));
}

std::string_view XmlStream::ns() const { return view(xmlTextReaderConstNamespaceUri(reader_)); }

int XmlStream::depth() const { return xmlTextReaderDepth(reader_); }

std::string XmlStream::text() const { return std::string(view(xmlTextReaderConstValue(reader_))); }

namespace {
// Unqualified attributes (Id, Type, Target in .rels) have no namespace at all.
xmlChar* get_attribute(xmlTextReaderPtr reader, std::string_view local, std::string_view ns_uri) {
  std::string name(local);
  if (ns_uri.empty()) {
    return xmlTextReaderGetAttribute(reader, reinterpret_cast<const xmlChar*>(name.c_str()));
  }
  std::string uri(ns_uri);
  return xmlTextReaderGetAttributeNs(reader, reinterpret_cast<const xmlChar*>(name.c_str()),
                                     reinterpret_cast<const xmlChar*>(uri.c_str()));
}
}  // namespace

std::string XmlStream::attribute(std::string_view local, std::string_view ns_uri) const {
  xmlChar* value = get_attribute(reader_, local, ns_uri);
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool XmlStream::has_attribute(std::string_view local, std::string_view ns_uri) const {
  xmlChar* value = get_attribute(reader_, local, ns_uri);
  if (!value) return false;
  xmlFree(value);
  return true;
}

void XmlStream::skip_subtree() {
  if (node_ != Node::start) return;
  if (pending_end_) {
    pending_end_ = false;
    return;
  }
  int start_depth = depth();
  while (next()) {
    if (node_ == Node::end && depth() == start_depth) return;
  }
}

bool word_on(const XmlStream& xml) {
  std::string v = xml.attribute("val");
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

}  // namespace ehcpqa::docx
