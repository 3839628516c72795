package org.laurel.shared;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Refusing a body that is too large without stalling its sender. The server answers 413 as soon
 * as the declared (or counted) size passes {@code micronaut.server.max-request-size}, and then
 * stops reading; a client that sent no {@code Expect: 100-continue} is still writing, fills the
 * socket buffers and hangs, never reading the answer. Closing at once is no better: closing a
 * socket with unread data sends a reset, which can destroy the 413 before the client reads it.
 *
 * <p>So after such a 413 the connection is closed the way RFC 9112 §9.6 advises: the answer
 * says {@code Connection: close}, the server's side is shut down (the client sees the end of
 * the answer), and what the client still sends is read and thrown away until it stops or
 * {@link #LINGER_SECONDS} pass, then the socket is closed.
 */
@Singleton
class OversizedBodies implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final long LINGER_SECONDS = 5;

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerConnection(null));
        return event.getBean();
    }

    private record PerConnection(Channel channel) implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new PerConnection(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            var pipeline = channel == null ? null : channel.pipeline();
            if (pipeline != null && pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                pipeline.addAfter(
                        ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "laurel-oversized-bodies", new Handler());
            }
        }
    }

    /** Sits just after the HTTP codec of one connection. */
    static final class Handler extends ChannelDuplexHandler {
        private boolean bodyPending;
        private boolean refusing;
        private boolean lingering;
        private ChannelPromise deferredClose;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (lingering) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest) {
                bodyPending = true;
            }
            if (msg instanceof LastHttpContent) {
                bodyPending = false;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (lingering) {
                ctx.channel().config().setAutoRead(true); // keep draining whatever the server side paused
                return;
            }
            ctx.fireChannelReadComplete();
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof HttpResponse response
                    && bodyPending
                    && response.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
                refusing = true;
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
            if (refusing && msg instanceof LastHttpContent) {
                ChannelPromise written = promise.unvoid(); // a void promise takes no listeners
                written.addListener(f -> linger(ctx));
                ctx.write(msg, written);
                return;
            }
            ctx.write(msg, promise);
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            if (refusing && ctx.channel().isActive()) {
                deferredClose = promise; // closed when the lingering ends
                return;
            }
            ctx.close(promise);
        }

        private void linger(ChannelHandlerContext ctx) {
            if (lingering) {
                return;
            }
            lingering = true;
            Channel channel = ctx.channel();
            if (channel instanceof SocketChannel socket) {
                socket.shutdownOutput();
            }
            channel.config().setAutoRead(true);
            ctx.read();
            channel.eventLoop().schedule(() -> finish(ctx), LINGER_SECONDS, TimeUnit.SECONDS);
        }

        private void finish(ChannelHandlerContext ctx) {
            refusing = false;
            ctx.close(deferredClose != null ? deferredClose : ctx.newPromise());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (deferredClose != null && !deferredClose.isDone()) {
                deferredClose.trySuccess();
            }
            super.channelInactive(ctx);
        }
    }
}
