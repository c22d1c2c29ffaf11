package cn.kaichuang.teaching.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What the server needs to know of a resource to measure progress: a video's length (from the
 * MP4 movie header, never from the browser) and a PDF's page count; and a PDF page as a picture,
 * which is how phones read it (their browsers often only download PDFs).
 */
public final class MediaInspector {

    private static final int MAX_MOOV = 64 * 1024 * 1024;

    private MediaInspector() {
    }

    /** The duration in the MP4's {@code moov/mvhd} box; empty when there is none or it is zero. */
    public static OptionalDouble mp4Duration(InputStream in) {
        try {
            DataInputStream data = new DataInputStream(in);
            while (true) {
                long size = Integer.toUnsignedLong(data.readInt());
                String type = fourCc(data);
                long header = 8;
                if (size == 1) {
                    size = data.readLong();
                    header = 16;
                }
                if (type.equals("moov")) {
                    if (size == 0 || size - header > MAX_MOOV) {
                        return OptionalDouble.empty();
                    }
                    byte[] moov = data.readNBytes((int) (size - header));
                    return mvhd(ByteBuffer.wrap(moov));
                }
                if (size == 0) {
                    return OptionalDouble.empty();
                }
                data.skipNBytes(size - header);
            }
        } catch (EOFException e) {
            return OptionalDouble.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the video", e);
        }
    }

    private static OptionalDouble mvhd(ByteBuffer moov) {
        while (moov.remaining() >= 8) {
            int start = moov.position();
            long size = Integer.toUnsignedLong(moov.getInt());
            byte[] type = new byte[4];
            moov.get(type);
            if (new String(type, StandardCharsets.US_ASCII).equals("mvhd")) {
                int version = moov.get();
                moov.position(moov.position() + 3);
                long timescale;
                long duration;
                if (version == 1) {
                    moov.position(moov.position() + 16);
                    timescale = Integer.toUnsignedLong(moov.getInt());
                    duration = moov.getLong();
                } else {
                    moov.position(moov.position() + 8);
                    timescale = Integer.toUnsignedLong(moov.getInt());
                    duration = Integer.toUnsignedLong(moov.getInt());
                }
                return timescale == 0 || duration <= 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) duration / timescale);
            }
            if (size < 8 || start + size > moov.limit()) {
                return OptionalDouble.empty();
            }
            moov.position((int) (start + size));
        }
        return OptionalDouble.empty();
    }

    private static String fourCc(DataInputStream data) throws IOException {
        byte[] type = new byte[4];
        data.readFully(type);
        return new String(type, StandardCharsets.US_ASCII);
    }

    /** Empty for a PDF that cannot be opened (encrypted, broken). */
    public static OptionalInt pdfPages(InputStream in) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            return OptionalInt.of(document.getNumberOfPages());
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** One page (from 1) as a PNG about {@code width} pixels wide. */
    public static byte[] pdfPage(InputStream in, int page, int width) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(in));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            float pointsWide = document.getPage(page - 1).getMediaBox().getWidth();
            float scale = Math.max(0.5f, Math.min(3f, width / pointsWide));
            BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF page", e);
        }
    }
}
