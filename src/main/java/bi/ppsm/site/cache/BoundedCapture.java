package bi.ppsm.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps a copy of a response for the page cache, up to a limit: a longer response (a sitemap or an
 * export of a large site, written as it is read from the database) goes on to the client as it is
 * written, from the moment it passes the limit, and is not kept. Memory per request is thus
 * bounded, whatever the size of the answer. Headers go straight to the response; the length is
 * set when the copy is sent ({@link #finish()}).
 */
final class BoundedCapture extends HttpServletResponseWrapper {

	private final int limit;

	private ByteArrayOutputStream copy = new ByteArrayOutputStream(8192);

	private ServletOutputStream stream;

	private PrintWriter writer;

	private boolean passedThrough;

	BoundedCapture(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
	}

	/** The body written, if it stayed within the limit; null if it was too long to keep. */
	byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.passedThrough ? null : this.copy.toByteArray();
	}

	/** Sends what is still held (with its length) to the client. */
	void finish() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		if (!this.passedThrough && this.copy.size() > 0) {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (!response.isCommitted()) {
				response.setContentLength(this.copy.size());
			}
			this.copy.writeTo(response.getOutputStream());
			this.copy = new ByteArrayOutputStream(0);
		}
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (!this.passedThrough && this.copy.size() + length > this.limit) {
			// too long to keep: from now on, straight to the client
			this.passedThrough = true;
			ServletOutputStream out = getResponse().getOutputStream();
			this.copy.writeTo(out);
			this.copy = new ByteArrayOutputStream(0);
		}
		if (this.passedThrough) {
			getResponse().getOutputStream().write(bytes, offset, length);
		}
		else {
			this.copy.write(bytes, offset, length);
		}
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.stream == null) {
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					BoundedCapture.this.write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					BoundedCapture.this.write(b, off, len);
				}

				@Override
				public void flush() throws IOException {
					if (BoundedCapture.this.passedThrough) {
						getResponse().getOutputStream().flush();
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			this.writer = new PrintWriter(
					new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())), false);
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.passedThrough) {
			getResponse().flushBuffer();
		}
	}

	@Override
	public void setContentLength(int length) {
		// the length is set when the copy is sent, or not at all once streaming
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	@Override
	public void setBufferSize(int size) {
	}

	@Override
	public void resetBuffer() {
		if (!this.passedThrough) {
			this.copy.reset();
		}
		else {
			getResponse().resetBuffer();
		}
	}

	@Override
	public void reset() {
		super.reset();
		resetBuffer();
	}

}
