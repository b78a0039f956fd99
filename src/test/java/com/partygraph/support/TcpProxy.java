package com.partygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a free loopback port to a server's port, which a test can take down as the server would go
 * down (every open connection cut, new ones refused) and bring back on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final int target;

    private final int port;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private ServerSocket server;

    public TcpProxy(int target) {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        up();
    }

    public int port() {
        return this.port;
    }

    /** Accepts connections again, on the same port. */
    public synchronized void up() {
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress("127.0.0.1", this.port));
            this.server = listening;
            Thread.ofVirtual().name("proxy-" + this.port).start(() -> accept(listening));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** As the server going down: every open connection cut, new ones refused. */
    public synchronized void down() {
        close(this.server);
        this.open.forEach(TcpProxy::close);
        this.open.clear();
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket("127.0.0.1", this.target);
                this.open.add(client);
                this.open.add(upstream);
                relay(client, upstream);
                relay(upstream, client);
            } catch (IOException ended) {
                // Taken down (accept fails once the socket is closed), or the server refused: the client sees a cut.
            }
        }
    }

    private static void relay(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException cut) {
                // One side went away: the other is closed below, as a real cut would leave it.
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void close(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException alreadyGone) {
            // Closing what is closed or broken already.
        }
    }
}
