package cn.kaichuang.outreach;

import cn.kaichuang.storage.ContentKind;
import cn.kaichuang.storage.UploadLimits;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxAttachmentSize largest PDF, DOCX, PPTX or image attached to a policy (videos are not accepted)
 */
@ConfigurationProperties("kaichuang.outreach")
public record OutreachProperties(@DefaultValue("20MB") DataSize maxAttachmentSize) {

    public UploadLimits attachmentLimits() {
        return new UploadLimits(Map.of(ContentKind.DOCUMENT, maxAttachmentSize.toBytes(),
                ContentKind.IMAGE, maxAttachmentSize.toBytes()));
    }
}
