package cn.kaichuang.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Result of checking a chain from its first entry.
 *
 * @param chain {@code platform} or the institution's code
 * @param checked entries read
 * @param firstBrokenSeq sequence number of the first entry that does not verify, if any
 * @param firstBrokenAt when the entry found at that place says it was written
 * @param problem what is wrong with it
 */
public record ChainVerification(String chain, long checked, @Nullable Long firstBrokenSeq,
        @Nullable Instant firstBrokenAt, @Nullable String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
