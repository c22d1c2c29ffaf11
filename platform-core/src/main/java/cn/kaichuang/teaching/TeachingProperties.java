package cn.kaichuang.teaching;

import cn.kaichuang.storage.ContentKind;
import cn.kaichuang.storage.UploadLimits;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDocumentSize largest PDF or PPTX resource
 * @param maxVideoSize largest MP4 resource
 * @param maxImageSize largest PNG or JPEG resource
 * @param maxEvidenceDocumentSize largest PDF, DOCX or PPTX handed in as a task's evidence
 * @param maxEvidenceImageSize largest picture handed in as a task's evidence
 * @param finishedPercent from how much of a resource studied it counts as finished
 * @param progressSlack how far a video may move beyond the wall-clock time since the previous report
 *     (network delay, the player's reporting rhythm)
 */
@ConfigurationProperties("kaichuang.teaching")
public record TeachingProperties(@DefaultValue("50MB") DataSize maxDocumentSize,
        @DefaultValue("200MB") DataSize maxVideoSize, @DefaultValue("10MB") DataSize maxImageSize,
        @DefaultValue("20MB") DataSize maxEvidenceDocumentSize, @DefaultValue("10MB") DataSize maxEvidenceImageSize,
        @DefaultValue("90") int finishedPercent, @DefaultValue("5s") Duration progressSlack) {

    public UploadLimits resourceLimits() {
        return new UploadLimits(Map.of(ContentKind.DOCUMENT, maxDocumentSize.toBytes(),
                ContentKind.VIDEO, maxVideoSize.toBytes(), ContentKind.IMAGE, maxImageSize.toBytes()));
    }

    /** No video as evidence: a draft is a document, an offline activity a photo. */
    public UploadLimits evidenceLimits() {
        return new UploadLimits(Map.of(ContentKind.DOCUMENT, maxEvidenceDocumentSize.toBytes(),
                ContentKind.IMAGE, maxEvidenceImageSize.toBytes()));
    }
}
