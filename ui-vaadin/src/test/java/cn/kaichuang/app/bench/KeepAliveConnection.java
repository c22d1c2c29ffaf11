package cn.kaichuang.app.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 keep-alive connection to the application, for the benchmark's load driver: it writes
 * real requests (request line, headers, body) and reads real responses (status line, headers, then a
 * {@code Content-Length} or chunked body) in full, so the server does exactly the work a phone's
 * request costs it. The JDK's {@code HttpClient} did the same at several times the CPU (its selector
 * thread, executor hand-offs and per-request objects), and that CPU came out of the two cores the
 * application was measured on. Opens a new connection when the server said {@code Connection: close}
 * (Tomcat does after 100 requests on one connection) or when a request on it failed. Not thread-safe:
 * one driver thread owns it.
 */
final class KeepAliveConnection implements AutoCloseable {

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(InetSocketAddress address, Duration timeout) {
        this.address = address;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** What came back: the status and the body's bytes (decoded only by whoever needs the text). */
    record Reply(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends one complete request (head and body, already encoded) and reads the whole response. */
    Reply exchange(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMillis);
        s.connect(address, timeoutMillis);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 8192);
        out = s.getOutputStream();
    }

    private Reply read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("Not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine, 9, 12, 10);
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        byte[] body;
        if (chunked) {
            body = chunkedBody();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length != length) {
                throw new EOFException("Body cut short");
            }
        } else {
            // Neither length nor chunks: the body runs until the server closes the connection.
            body = in.readAllBytes();
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Reply(status, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                // Trailer fields (normally none), up to the empty line.
                while (!line().isEmpty()) {
                    // skipped
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("Chunk cut short");
            }
            body.write(chunk);
            if (!line().isEmpty()) {
                throw new IOException("No CRLF after a chunk");
            }
        }
    }

    /** One line without its CRLF; header lines are ASCII (Latin-1 at worst). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Connection closed by the server");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing a connection that failed already: nothing left to do with it.
            }
        }
    }
}
