package cn.kaichuang.teaching;

/** A file handed in as evidence: the type was sniffed from its content. */
public record EvidenceFile(String fileName, String contentType, long size, String sha256Hex) {
}
