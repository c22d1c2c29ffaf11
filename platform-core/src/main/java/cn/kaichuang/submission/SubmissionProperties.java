package cn.kaichuang.submission;

import cn.kaichuang.storage.ContentKind;
import cn.kaichuang.storage.UploadLimits;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDocumentSize largest PDF or DOCX attachment
 * @param maxImageSize largest PNG or JPEG attachment
 * @param maxAttachments attachments per plan
 */
@ConfigurationProperties("kaichuang.submission")
public record SubmissionProperties(@DefaultValue("20MB") DataSize maxDocumentSize,
        @DefaultValue("10MB") DataSize maxImageSize, @DefaultValue("10") int maxAttachments) {

    /** No video: a plan's attachments are documents and pictures. */
    public UploadLimits limits() {
        return new UploadLimits(Map.of(ContentKind.DOCUMENT, maxDocumentSize.toBytes(),
                ContentKind.IMAGE, maxImageSize.toBytes()));
    }
}
