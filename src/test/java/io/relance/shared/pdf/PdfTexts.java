package io.relance.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF holds, read back with PDFBox: its text (spaces of every kind as plain ones), fonts, images, pages. */
public final class PdfTexts {

    private PdfTexts() {}

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return plainSpaces(new PDFTextStripper().getText(document));
        }
    }

    /** No-break and narrow no-break spaces (as French amounts have them) read as plain spaces. */
    public static String plainSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Every font of every page: its name and whether the file is embedded. */
    public static List<String> fonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
        }
        return fonts;
    }

    /** How many images the first page draws. */
    public static int imagesOnFirstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            return images;
        }
    }
}
