package nl.signaalwijzer.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a kiosk QR code back the way a phone's camera app would: the SVG as drawn is painted to pixels
 * and ZXing decodes the pixels. It knows only the shapes {@link OutcomeQr} draws (a square viewBox, a
 * white background, rows of one-module-wide black strokes), so a change of drawing shows here as an error, not
 * as a silently different reading. The pixels are a pure code (no camera, no tilt), so ZXing is told so
 * ({@code PURE_BARCODE}): its camera-image detector misjudges some perfect, large (version 12) codes
 * painted at 4 or more pixels a module and then fails with a FormatException, which says nothing about
 * what the code carries.
 */
final class QrReader {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path d=\"([^\"]*)\" stroke=\"#000\"/>");
    /** A row's first run of dark modules ({@code M x y.5 h n}) or the next one in the row ({@code m gap 0 h n}). */
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)\\.5h(\\d+)|m(\\d+) 0h(\\d+)");
    private static final int PIXELS_PER_MODULE = 4;

    private QrReader() {
    }

    /** The text the QR code in this SVG carries. */
    static String read(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        Matcher path = PATH.matcher(svg);
        if (!box.find() || !path.find() || !box.group(1).equals(box.group(2))) {
            throw new IllegalArgumentException("not a QR code as OutcomeQr draws it: " + svg);
        }
        int size = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.BLACK);
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        int x = 0;
        int y = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new IllegalArgumentException("unexpected path data at " + end + ": " + path.group(1));
            }
            end = run.end();
            int length;
            if (run.group(1) != null) {
                x = Integer.parseInt(run.group(1));
                y = Integer.parseInt(run.group(2));
                length = Integer.parseInt(run.group(3));
            } else {
                x += Integer.parseInt(run.group(4));
                length = Integer.parseInt(run.group(5));
            }
            g.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, length * PIXELS_PER_MODULE, PIXELS_PER_MODULE);
            x += length;
        }
        if (end != path.group(1).length()) {
            throw new IllegalArgumentException("unexpected path data at " + end + ": " + path.group(1));
        }
        g.dispose();
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(), DecodeHintType.PURE_BARCODE, true))
                    .getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new IllegalStateException("ZXing cannot read this QR code", e);
        }
    }
}
