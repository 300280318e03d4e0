// Key and value codecs; the byte layouts are on disk (schema/keys.md).
// Tested by tests/storage/key_codec_test.cc.
#include "storage/key_codec.h"

namespace cg::keys {
namespace {

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    result |= uint64_t{byte & 0x7Fu} << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

std::string Join0(std::string_view a, std::string_view b) {
  std::string k(a);
  k.push_back('\0');
  k.append(b);
  return k;
}

}  // namespace

void PutBigEndian32(uint32_t v, std::string* out) {
  for (int s = 24; s >= 0; s -= 8) out->push_back(static_cast<char>((v >> s) & 0xFF));
}

uint32_t GetBigEndian32(std::string_view in) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(in[i]);
  return v;
}

std::string StatementKey(std::string_view source_id, uint32_t start) {
  std::string k = StatementPrefix(source_id);
  PutBigEndian32(start, &k);
  return k;
}

std::string StatementPrefix(std::string_view source_id) { return Join0(source_id, ""); }

std::string MentionKey(std::string_view entity_id, std::string_view source_id, uint32_t start) {
  std::string k = MentionPrefix(entity_id, source_id);
  PutBigEndian32(start, &k);
  return k;
}

std::string MentionPrefix(std::string_view entity_id) { return Join0(entity_id, ""); }

std::string MentionPrefix(std::string_view entity_id, std::string_view source_id) {
  return Join0(Join0(entity_id, source_id), "");
}

std::string TermKey(std::string_view term, std::string_view source_id) {
  return TermPrefix(term) + std::string(source_id);
}

std::string TermPrefix(std::string_view term) {
  std::string k(1, kTermPrefix);
  k.append(term);
  k.push_back('\0');
  return k;
}

std::string SourceTermsKey(std::string_view source_id) {
  std::string k(1, kSourceTermsPrefix);
  k.append(source_id);
  return k;
}

std::string ContentHashKey(std::string_view hash, std::string_view source_id) {
  return ContentHashPrefix(hash) + std::string(source_id);
}

std::string ContentHashPrefix(std::string_view hash) { return Join0(hash, ""); }

std::string_view SourceIdAfter(std::string_view key, size_t prefix_len) {
  std::string_view rest = key.substr(prefix_len);
  const size_t z = rest.find('\0');
  return z == std::string_view::npos ? rest : rest.substr(0, z);
}

std::string EncodePostings(const std::vector<Posting>& postings) {
  std::string out;
  PutVarint(postings.size(), &out);
  uint32_t prev = 0;
  for (const Posting& p : postings) {
    PutVarint(p.statement_start - prev, &out);
    PutVarint(p.term_frequency, &out);
    PutVarint(p.statement_terms, &out);
    prev = p.statement_start;
  }
  return out;
}

Result<std::vector<Posting>> DecodePostings(std::string_view bytes) {
  uint64_t n = 0;
  if (!GetVarint(&bytes, &n) || n > bytes.size())
    return Status::Corruption("postings list has a bad count");
  std::vector<Posting> out;
  out.reserve(n);
  uint64_t start = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t delta = 0, tf = 0, len = 0;
    if (!GetVarint(&bytes, &delta) || !GetVarint(&bytes, &tf) || !GetVarint(&bytes, &len))
      return Status::Corruption("postings list is truncated");
    start += delta;
    out.push_back(Posting{static_cast<uint32_t>(start), static_cast<uint32_t>(tf),
                          static_cast<uint32_t>(len)});
  }
  if (!bytes.empty()) return Status::Corruption("postings list has trailing bytes");
  return out;
}

std::string EncodeStrings(const std::vector<std::string>& strings) {
  std::string out;
  PutVarint(strings.size(), &out);
  for (const auto& s : strings) {
    PutVarint(s.size(), &out);
    out.append(s);
  }
  return out;
}

Result<std::vector<std::string>> DecodeStrings(std::string_view bytes) {
  uint64_t n = 0;
  if (!GetVarint(&bytes, &n) || n > bytes.size())
    return Status::Corruption("string list has a bad count");
  std::vector<std::string> out;
  out.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t len = 0;
    if (!GetVarint(&bytes, &len) || len > bytes.size())
      return Status::Corruption("string list is truncated");
    out.emplace_back(bytes.substr(0, len));
    bytes.remove_prefix(len);
  }
  if (!bytes.empty()) return Status::Corruption("string list has trailing bytes");
  return out;
}

std::string EdgeKey(std::string_view source_id, uint32_t start, std::string_view other_id) {
  std::string k = EdgePrefix(source_id, start);
  k += other_id;
  return k;
}

std::string EdgePrefix(std::string_view source_id) {
  std::string k(source_id);
  k += '\0';
  return k;
}

std::string EdgePrefix(std::string_view source_id, uint32_t start) {
  std::string k = EdgePrefix(source_id);
  PutBigEndian32(start, &k);
  k += '\0';
  return k;
}

}  // namespace cg::keys
