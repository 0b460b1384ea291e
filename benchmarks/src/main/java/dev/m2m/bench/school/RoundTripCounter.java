package dev.m2m.bench.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a database server that counts round trips: each time a client sends after
 * the server last spoke (or first), the client is waiting on the network once more. Whatever the
 * driver sends in one go counts once: PostgreSQL's driver sends BEGIN with the first statement of a
 * transaction, so those two are one round trip; a COMMIT, a session reset or a validation query the
 * pool sends each count as one. Used outside the timed runs only, to explain them.
 */
public final class RoundTripCounter implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final AtomicInteger roundTrips = new AtomicInteger();

    RoundTripCounter(String targetHost, int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        var acceptor = new Thread(this::accept, "round-trip-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    public void reset() {
        roundTrips.set(0);
    }

    public int count() {
        return roundTrips.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                var client = listener.accept();
                var server = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                // true while the client is the last to have spoken on this connection
                var clientSpokeLast = new AtomicBoolean();
                pump(client, server, () -> {
                    if (!clientSpokeLast.getAndSet(true)) {
                        roundTrips.incrementAndGet();
                    }
                });
                pump(server, client, () -> clientSpokeLast.set(false));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Copies one direction of a connection, telling {@code beforeEachSend} before it passes bytes on. */
    private static void pump(Socket from, Socket to, Runnable beforeEachSend) {
        var thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    beforeEachSend.run();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "round-trip-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
