// Baton customer chat page (F5.1): talks to the engine's /visitor WebSocket on the page's own origin.
// Protocol: docs/protocol.md. The conversation token is kept in localStorage, so a reload continues
// the same conversation; unsent messages keep their idempotency key and are resent exactly once.
'use strict';
(function () {
  const TEXT = {
    zh: {
      title: '在线客服', human: '转人工', lang: 'EN', send: '发送', placeholder: '请输入您的问题…',
      you: '我', robot: '智能助手', agent: '客服',
      robotState: '智能助手为您服务，随时可点“转人工”',
      queued: (p, w) => `正在排队：第 ${p} 位` + (w === null ? '。暂无客服在线，您可以先留言' : `，预计等待约 ${formatWait(w, 'zh')}`),
      active: (n) => `客服 ${n} 正在为您服务`,
      transferring: '正在为您转接更合适的客服，您可以继续留言',
      closed: '本次会话已结束', connecting: '正在连接…', offline: '网络已断开，正在重连…',
      rateTitle: '请为本次服务评分', rateSend: '提交评价', rated: '感谢您的评价！', newChat: '新的咨询',
      comment: '还有什么想告诉我们的？（选填）', urgent: '（已优先处理）',
    },
    en: {
      title: 'Customer service', human: 'Human agent', lang: '中文', send: 'Send', placeholder: 'Type your question…',
      you: 'Me', robot: 'Assistant', agent: 'Agent',
      robotState: 'The assistant is answering. Press "Human agent" any time.',
      queued: (p, w) => `In the queue: position ${p}` + (w === null ? '. No agent is online yet; leave a message.' : `, about ${formatWait(w, 'en')} to wait`),
      active: (n) => `${n} is serving you`,
      transferring: 'Connecting you to a better-suited colleague. Keep writing.',
      closed: 'This conversation has ended', connecting: 'Connecting…', offline: 'Connection lost, reconnecting…',
      rateTitle: 'How did we do?', rateSend: 'Send rating', rated: 'Thank you for your rating!', newChat: 'New question',
      comment: 'Anything else to tell us? (optional)', urgent: ' (priority)',
    },
  };
  function formatWait(seconds, lang) {
    if (seconds < 60) return lang === 'zh' ? '不到 1 分钟' : 'under a minute';
    const minutes = Math.ceil(seconds / 60);
    return lang === 'zh' ? `${minutes} 分钟` : `${minutes} min`;
  }

  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  let lang = params.get('lang') || localStorage.getItem('baton.lang') || 'zh';
  if (!TEXT[lang]) lang = 'zh';
  const state = {
    socket: null, nextId: 1, pending: new Map(), token: localStorage.getItem('baton.token') || '',
    lastSeq: 0, messages: new Map(), outbox: JSON.parse(localStorage.getItem('baton.outbox') || '[]'),
    status: { state: 'connecting' }, stars: 0, retry: 500,
  };

  function t(key, ...args) { const v = TEXT[lang][key]; return typeof v === 'function' ? v(...args) : v; }

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    $('title').textContent = t('title');
    $('human').textContent = t('human');
    $('lang').textContent = t('lang');
    $('send').textContent = t('send');
    $('input').placeholder = t('placeholder');
    $('rating-title').textContent = t('rateTitle');
    $('rating-send').textContent = t('rateSend');
    $('rating-comment').placeholder = t('comment');
    $('new-chat').textContent = t('newChat');
    renderStatus();
    for (const li of $('messages').children) li.querySelector('.who').textContent = who(li.dataset.sender);
  }

  function who(sender) { return sender === 'customer' ? t('you') : sender === 'robot' ? t('robot') : t('agent'); }

  function request(type, payload, idem) {
    return new Promise((resolve, reject) => {
      if (!state.socket || state.socket.readyState !== WebSocket.OPEN) return reject(new Error('offline'));
      const id = String(state.nextId++);
      state.pending.set(id, { resolve, reject });
      const frame = { type, id, payload: payload || {} };
      if (idem) frame.idem = idem;
      state.socket.send(JSON.stringify(frame));
    });
  }

  function connect() {
    renderStatus(state.socket ? 'offline' : 'connecting');
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/visitor`);
    state.socket = ws;
    ws.onmessage = (e) => onFrame(JSON.parse(e.data));
    ws.onopen = async () => {
      state.retry = 500;
      try {
        await request('HELLO', { protocol: 1, client: 'baton-web/1' });
        const start = state.token ? { resumeToken: state.token } : { language: lang };
        let reply;
        try {
          reply = await request('CUSTOMER_START', start);
        } catch (err) {
          if (!state.token) throw err;
          forgetConversation(); // the old conversation is unknown to this engine: start afresh
          reply = await request('CUSTOMER_START', { language: lang });
        }
        state.token = reply.token;
        localStorage.setItem('baton.token', state.token);
        const history = await request('CUSTOMER_HISTORY', { afterSeq: state.lastSeq, limit: 500 });
        history.messages.forEach(showMessage);
        flushOutbox();
      } catch (err) {
        console.warn('start failed', err);
      }
    };
    ws.onclose = () => {
      for (const p of state.pending.values()) p.reject(new Error('closed'));
      state.pending.clear();
      renderStatus('offline');
      setTimeout(connect, state.retry);
      state.retry = Math.min(state.retry * 2, 10000);
    };
  }

  function onFrame(frame) {
    if (frame.type === 'RESULT' || frame.type === 'ERROR') {
      const p = state.pending.get(frame.id);
      if (!p) return;
      state.pending.delete(frame.id);
      if (frame.type === 'RESULT') p.resolve(frame.payload || {});
      else p.reject(Object.assign(new Error(frame.payload.message), { code: frame.payload.code }));
      return;
    }
    if (frame.type === 'MESSAGE' || frame.type === 'MESSAGE_UPDATED') showMessage(frame.payload.message);
    else if (frame.type === 'STATUS') { state.status = frame.payload; renderStatus(); }
  }

  function showMessage(m) {
    const known = state.messages.get(m.seq);
    if (known) { known.querySelector('.text').textContent = m.text; return; } // never shown twice
    const li = document.createElement('li');
    li.className = `msg ${m.sender}`;
    li.dataset.seq = m.seq;
    li.dataset.sender = m.sender;
    const label = document.createElement('span');
    label.className = 'who';
    label.textContent = who(m.sender);
    const text = document.createElement('div');
    text.className = 'text';
    text.textContent = m.text;
    li.append(label, text);
    // Keep the list ordered by seq even when history and live events interleave.
    let before = null;
    for (const other of $('messages').children) {
      if (other.dataset.seq && Number(other.dataset.seq) > m.seq) { before = other; break; }
    }
    $('messages').insertBefore(li, before || $('messages').querySelector('.msg.pending'));
    state.messages.set(m.seq, li);
    state.lastSeq = Math.max(state.lastSeq, m.seq);
    $('messages').scrollTop = $('messages').scrollHeight;
  }

  function renderStatus(connection) {
    const s = state.status;
    const bar = $('status');
    bar.className = 'status';
    let text;
    if (connection === 'offline') text = t('offline');
    else if (connection === 'connecting' || s.state === 'connecting') text = t('connecting');
    else if (s.state === 'robot') text = t('robotState');
    else if (s.state === 'queued') { text = t('queued', s.position, s.estimatedWaitSeconds) + (s.urgent ? t('urgent') : ''); if (s.urgent) bar.classList.add('urgent'); }
    else if (s.state === 'active') { text = t('active', s.agentName); bar.classList.add('active'); }
    else if (s.state === 'transferring') text = t('transferring');
    else if (s.state === 'closed') text = t('closed');
    bar.textContent = text || '';
    bar.dataset.state = connection || s.state;
    $('human').disabled = s.state !== 'robot';
    const closed = s.state === 'closed';
    $('composer').hidden = closed;
    $('rating').hidden = !closed;
    if (closed && localStorage.getItem('baton.rated') === state.token) showRated();
  }

  function saveOutbox() {
    localStorage.setItem('baton.outbox', JSON.stringify(state.outbox.map(({ idem, text }) => ({ idem, text }))));
  }

  // A message typed but not yet acknowledged by the engine.
  function pendingElement(text) {
    const li = document.createElement('li');
    li.className = 'msg customer pending';
    li.dataset.sender = 'customer';
    li.innerHTML = '<span class="who"></span><div class="text"></div>';
    li.querySelector('.who').textContent = t('you');
    li.querySelector('.text').textContent = text;
    $('messages').append(li);
    return li;
  }

  function flushOutbox() {
    for (const item of state.outbox) {
      if (item.sending) continue;
      item.sending = true;
      request('CUSTOMER_MESSAGE', { text: item.text }, item.idem)
        .then((reply) => {
          state.outbox = state.outbox.filter((o) => o.idem !== item.idem);
          saveOutbox();
          item.element.remove();
          showMessage(reply.message);
        })
        .catch(() => { item.sending = false; });
    }
  }

  function send(text) {
    const idem = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    state.outbox.push({ idem, text, element: pendingElement(text) });
    saveOutbox();
    flushOutbox();
  }

  function forgetConversation() {
    state.token = '';
    state.lastSeq = 0;
    state.messages.clear();
    state.status = { state: 'connecting' };
    $('messages').textContent = '';
    localStorage.removeItem('baton.token');
  }

  function showRated() {
    $('stars').hidden = true;
    $('rating-comment').hidden = true;
    $('rating-send').hidden = true;
    $('rating-title').textContent = t('rated');
  }

  for (let i = 1; i <= 5; ++i) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = '★';
    b.dataset.value = i;
    b.setAttribute('aria-label', `${i}`);
    b.onclick = () => {
      state.stars = i;
      for (const s of $('stars').children) s.classList.toggle('on', Number(s.dataset.value) <= i);
      $('rating-send').disabled = false;
    };
    $('stars').append(b);
  }
  $('rating-send').onclick = () => {
    request('CUSTOMER_RATE', { rating: state.stars, comment: $('rating-comment').value }, `rate-${state.token}`)
      .then(() => { localStorage.setItem('baton.rated', state.token); showRated(); })
      .catch((err) => { if (err.code === 'CONFLICT') showRated(); });
  };
  $('new-chat').onclick = () => { forgetConversation(); state.socket.close(); };
  $('human').onclick = () => request('CUSTOMER_ESCALATE', {}, `human-${state.token}`).catch(() => {});
  $('lang').onclick = () => { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('baton.lang', lang); applyLanguage(); };
  $('composer').onsubmit = (e) => {
    e.preventDefault();
    const text = $('input').value.trim();
    if (!text) return;
    $('input').value = '';
    send(text);
  };
  $('input').onkeydown = (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); $('composer').requestSubmit(); } };

  // Messages typed before a reload are still owed to the engine.
  state.outbox = state.outbox.map(({ idem, text }) => ({ idem, text, element: pendingElement(text) }));
  applyLanguage();
  connect();
})();
