package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.ChainVerification;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Walks a chain in sequence order and stops at the first entry that does not verify. */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    public static ChainVerification verify(String chain, Stream<AuditEntry> entries) {
        long checked = 0;
        long expectedSeq = 1;
        String prevHash = ChainHash.GENESIS;
        for (Iterator<AuditEntry> it = entries.iterator(); it.hasNext(); ) {
            AuditEntry e = it.next();
            checked++;
            String problem = problemOf(e, expectedSeq, prevHash);
            if (problem != null) {
                return new ChainVerification(chain, checked, expectedSeq, e.occurredAt(), problem);
            }
            expectedSeq++;
            prevHash = e.hash();
        }
        return new ChainVerification(chain, checked, null, null, null);
    }

    private static @Nullable String problemOf(AuditEntry e, long expectedSeq, String prevHash) {
        if (e.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing";
        }
        if (!e.prevHash().equals(prevHash)) {
            return "link to the previous entry does not match";
        }
        if (!ChainHash.of(e).equals(e.hash())) {
            return "content does not match its hash";
        }
        return null;
    }
}
