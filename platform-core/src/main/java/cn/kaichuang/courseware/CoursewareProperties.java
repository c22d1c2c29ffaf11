package cn.kaichuang.courseware;

import cn.kaichuang.storage.ContentKind;
import cn.kaichuang.storage.UploadLimits;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDocumentSize largest PDF, DOCX or PPTX file accepted as courseware
 * @param maxVideoSize largest MP4 video accepted as courseware
 * @param maxImageSize largest PNG or JPEG image accepted as courseware
 */
@ConfigurationProperties("kaichuang.courseware")
public record CoursewareProperties(@DefaultValue("50MB") DataSize maxDocumentSize,
        @DefaultValue("200MB") DataSize maxVideoSize, @DefaultValue("10MB") DataSize maxImageSize) {

    public UploadLimits limits() {
        return new UploadLimits(Map.of(ContentKind.DOCUMENT, maxDocumentSize.toBytes(),
                ContentKind.VIDEO, maxVideoSize.toBytes(), ContentKind.IMAGE, maxImageSize.toBytes()));
    }
}
