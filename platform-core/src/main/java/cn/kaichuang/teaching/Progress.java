package cn.kaichuang.teaching;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's progress with a resource, as the server measured it.
 *
 * @param positionSeconds where the video was last reported, to resume there
 * @param watchedSeconds how far the video has been watched at no more than real time
 * @param lastPage the PDF page last read, to resume there (0 before the first)
 * @param pagesSeen how many distinct pages have been read
 * @param finishedAt when the resource first counted as finished, or null
 */
public record Progress(double positionSeconds, double watchedSeconds, int lastPage, int pagesSeen, int percent,
        @Nullable Instant finishedAt) {

    public static final Progress NONE = new Progress(0, 0, 0, 0, 0, null);

    public boolean finished() {
        return finishedAt != null;
    }
}
