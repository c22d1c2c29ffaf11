package cn.kaichuang.certificate;

public enum CertificateStatus {
    VALID,
    REVOKED
}
