// A read-only zip container with limits checked before anything is inflated, so a
// hostile .docx (zip bomb, thousands of entries, lying size fields) fails cleanly.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct zip;
struct zip_file;

namespace ehcpqa::docx {

struct ZipLimits {
  uint64_t max_entries = 20000;
  uint64_t max_entry_bytes = 256ull << 20;   // one inflated part, bytes
  uint64_t max_total_bytes = 1ull << 30;     // all inflated parts read, bytes
  uint64_t max_ratio = 200;                  // inflated / compressed, for parts over 1 MiB
};

class ZipEntryStream;

class ZipArchive {
 public:
  // Throws InputError (docx.corrupt, input.unreadable) when the container cannot be opened.
  ZipArchive(const std::string& path, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool contains(const std::string& name) const;
  std::vector<std::string> names() const;

  // Opens an entry for streaming. Throws InputError (input.too-large) when its declared
  // size or ratio breaks a limit; the stream enforces the same limits on what it inflates.
  std::unique_ptr<ZipEntryStream> open(const std::string& name);

  // Reads a whole (small) entry, within the same limits.
  std::string read_all(const std::string& name);

 private:
  friend class ZipEntryStream;
  zip* archive_ = nullptr;
  ZipLimits limits_;
  uint64_t total_read_ = 0;
};

class ZipEntryStream {
 public:
  ZipEntryStream(ZipArchive& owner, zip_file* file, std::string name, uint64_t declared);
  ~ZipEntryStream();
  ZipEntryStream(const ZipEntryStream&) = delete;
  ZipEntryStream& operator=(const ZipEntryStream&) = delete;

  // Reads up to `size` bytes; returns 0 at the end. Throws InputError on a damaged entry
  // or when the inflated size passes a limit (the declared size may lie).
  size_t read(char* buffer, size_t size);
  const std::string& name() const { return name_; }

 private:
  ZipArchive& owner_;
  zip_file* file_;
  std::string name_;
  uint64_t declared_;
  uint64_t read_ = 0;
};

}  // namespace ehcpqa::docx
