// Chapter 3 of the rules as pure metrics: reply rate, satisfaction, live deadlines, contact frequency.
export * from './beijing-time';
export * from './timestamp';
export * from './events';
export * from './message-log';
export * from './conversations';
export * from './reply-rate';
export * from './satisfaction';
export * from './deadlines';
export * from './frequency';
