package org.handbookpress.offline;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The installed site's icons, drawn by the build: the handbook's first letter in white on the theme's
 * accent colour (read from {@code --accent} in theme.css), a full square so that phones can mask it.
 */
public final class AppIcons {

    /** The accent of the default theme, used when theme.css does not say. */
    static final String DEFAULT_ACCENT = "#1d5f7a";
    private static final Pattern ACCENT = Pattern.compile("--accent\\s*:\\s*(#[0-9a-fA-F]{6})\\b");

    private AppIcons() {
    }

    /** The first {@code --accent: #rrggbb} in the style sheet (the light theme's), or the default. */
    public static String accent(String css) {
        Matcher m = css == null ? null : ACCENT.matcher(css);
        return m != null && m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : DEFAULT_ACCENT;
    }

    public static byte[] png(String title, String accent, int size) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.decode(accent));
            g.fillRect(0, 0, size, size);
            String letter = title.isBlank() ? "H" : title.strip().substring(0, title.strip().offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size / 2));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(letter, (size - fm.stringWidth(letter)) / 2, (size - fm.getHeight()) / 2 + fm.getAscent());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
