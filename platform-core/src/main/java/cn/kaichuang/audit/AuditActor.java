package cn.kaichuang.audit;

/** Who is acting now, as the audit trail names them. */
@FunctionalInterface
public interface AuditActor {

    String current();
}
