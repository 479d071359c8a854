// A pull parser over one XML part of a zip, built on libxml2's xmlTextReader: the part is
// inflated and parsed in small chunks, never held whole as a DOM. Locked down: no network,
// no DTD loading, no entity substitution, and a document carrying a DTD is refused (Word
// never writes one; an attacker would).
#pragma once

#include <exception>
#include <memory>
#include <string>
#include <string_view>

#include "parser/docx/zip_archive.h"

typedef struct _xmlTextReader* xmlTextReaderPtr;

namespace ehcpqa::docx {

inline constexpr std::string_view kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

class XmlStream {
 public:
  enum class Node { start, end, text, other };

  XmlStream(std::unique_ptr<ZipEntryStream> source);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Advances to the next node; false at the end of the part. Throws InputError
  // (docx.corrupt) on malformed XML. An empty element (<w:p/>) yields `start` then `end`.
  bool next();

  Node node() const { return node_; }
  std::string_view local_name() const;
  std::string_view ns() const;
  bool is(std::string_view ns_uri, std::string_view local) const {
    return local_name() == local && ns() == ns_uri;
  }
  bool is_word(std::string_view local) const { return is(kWordNs, local); }
  int depth() const;
  // Text of a text/whitespace node.
  std::string text() const;
  // An attribute of the current start element by local name and namespace; empty if absent.
  std::string attribute(std::string_view local, std::string_view ns_uri = kWordNs) const;
  bool has_attribute(std::string_view local, std::string_view ns_uri = kWordNs) const;
  // Skips the rest of the current element's subtree; the next node is its sibling.
  void skip_subtree();

  static int read_callback(void* context, char* buffer, int size);

 private:
  std::unique_ptr<ZipEntryStream> source_;
  xmlTextReaderPtr reader_ = nullptr;
  Node node_ = Node::other;
  bool pending_end_ = false;  // the current start was an empty element: report its end next
  std::exception_ptr source_error_;
};

// Word's on/off properties (<w:b/>, <w:b w:val="0"/>, "false", "off").
bool word_on(const XmlStream& xml);

}  // namespace ehcpqa::docx
