package io.relance.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for the tests (GreenMail), on a port of its own for the whole test run: stopped to make the
 * outbox fail, started again (empty) to let it through.
 */
public final class Smtp {

    public static final int PORT = freePort();
    public static final String FROM = "relance@relance.test";

    private static GreenMail server;

    private Smtp() {}

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (a new, empty one) unless it runs. */
    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops it: connections are refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Empties the mailboxes of a running server. */
    public static synchronized void purge() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message the server accepted since it started or was purged. */
    public static synchronized List<MimeMessage> received() {
        start();
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for this address (their first recipient), in the order they came. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The messages received with this Message-ID. */
    public static List<MimeMessage> withMessageId(String messageId) {
        return received().stream()
                .filter(m -> {
                    try {
                        return messageId.equals(m.getMessageID());
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
