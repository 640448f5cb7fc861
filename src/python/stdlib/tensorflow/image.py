# tf.image (TF 1.15) and tf.random_crop: the flips, crops/pads, random distortions and
# per_image_standardization, composed from graph ops (slice, reverse, pad, add, mul, reduce_mean)
# as TF writes them, so gradients exist wherever TF has them and random choices follow the graph
# seed through tf.random_uniform. Images are [height, width, channels] or [batch, h, w, c].
import tensorflow as tf


def _unsupported(fn, arg, why):
    raise NotImplementedError('%s: the %r argument (%s) is not supported by Gradbook' % (fn, arg, why))


def _image(image, fn):
    image = tf.convert_to_tensor(image, name='image')
    rank = image.get_shape().ndims
    if rank is None:
        _unsupported(fn, 'image', 'an image of unknown rank')
    if rank not in (3, 4):
        raise ValueError("'image' (shape %s) must be either 3 or 4-dimensional." % (image.get_shape(),))
    return image, rank


def _static_hw(image, rank, fn):
    dims = image.get_shape().as_list()
    h, w = dims[-3], dims[-2]
    if h is None or w is None:
        _unsupported(fn, 'image', 'an image whose height or width is unknown when the graph is built')
    return h, w


def _check_float(image, fn):
    if not image.dtype.is_floating:
        _unsupported(fn, 'image', 'a %s image: convert_image_dtype is not implemented; tf.cast to float32 first'
                     % image.dtype.name)


# ---- random_crop ---------------------------------------------------------------------------

def random_crop(value, size, seed=None, name=None):
    """A size-shaped window of value at a uniformly random offset (TF's offset: uniform int % (shape - size + 1))."""
    with tf.name_scope(name, 'random_crop', [value, size]) as scope:
        value = tf.convert_to_tensor(value, name='value')
        static_size = size if isinstance(size, (list, tuple)) else None
        size = tf.convert_to_tensor(size, dtype=tf.int32, name='size')
        shape = tf.shape(value)
        check = tf.assert_greater_equal(shape, size, message='Need value.shape >= size, got ', summarize=1000)
        with tf.control_dependencies([check]):
            shape = tf.identity(shape)
        limit = shape - size + 1
        offset = tf.random_uniform(tf.shape(shape), dtype=size.dtype, maxval=size.dtype.max, seed=seed) % limit
        result = tf.slice(value, offset, size, name=scope)
        if static_size is not None and all(isinstance(d, int) for d in static_size):
            result.set_shape(list(static_size))
        return result


# ---- flips -----------------------------------------------------------------------------------

def _flip(image, axis, scope_name):
    with tf.name_scope(None, scope_name, [image]):
        image, rank = _image(image, scope_name)
        return tf.reverse(image, [axis + rank - 3])


def flip_left_right(image):
    """Reverses the width axis (axis 1 of an image, 2 of a batch)."""
    return _flip(image, 1, 'flip_left_right')


def flip_up_down(image):
    """Reverses the height axis (axis 0 of an image, 1 of a batch)."""
    return _flip(image, 0, 'flip_up_down')


def _random_flip(image, axis, seed, scope_name):
    """Rank 3: one coin for the image (a cond); rank 4: one coin per image (TF 1.15's round-and-blend)."""
    with tf.name_scope(None, scope_name, [image]):
        image, rank = _image(image, scope_name)
        if rank == 3:
            mirror = tf.less(tf.random_uniform([], 0, 1.0, seed=seed), 0.5)
            return tf.cond(mirror, lambda: tf.reverse(image, [axis]), lambda: image)
        batch = tf.shape(image)[0]
        flips = tf.round(tf.reshape(tf.random_uniform(tf.stack([batch]), 0, 1.0, seed=seed), tf.stack([batch, 1, 1, 1])))
        flips = tf.cast(flips, image.dtype)
        return flips * tf.reverse(image, [axis + 1]) + (1 - flips) * image


def random_flip_left_right(image, seed=None):
    """flip_left_right with probability 1/2 (per image for a batch)."""
    return _random_flip(image, 1, seed, 'random_flip_left_right')


def random_flip_up_down(image, seed=None):
    """flip_up_down with probability 1/2 (per image for a batch)."""
    return _random_flip(image, 0, seed, 'random_flip_up_down')


# ---- brightness and contrast -------------------------------------------------------------------

def adjust_brightness(image, delta):
    """image + delta (float images only)."""
    with tf.name_scope(None, 'adjust_brightness', [image, delta]) as name:
        image = tf.convert_to_tensor(image, name='image')
        _check_float(image, 'adjust_brightness')
        return tf.add(image, tf.cast(delta, image.dtype), name=name)


def adjust_contrast(images, contrast_factor):
    """Each channel of each image: (x - mean over height and width) * factor + mean."""
    with tf.name_scope(None, 'adjust_contrast', [images, contrast_factor]) as name:
        images = tf.convert_to_tensor(images, name='images')
        _check_float(images, 'adjust_contrast')
        if images.get_shape().ndims is not None and images.get_shape().ndims < 3:
            raise ValueError('Shape must be at least rank 3 but is rank %d' % images.get_shape().ndims)
        factor = tf.cast(contrast_factor, images.dtype)
        mean = tf.reduce_mean(images, axis=[-3, -2], keepdims=True)
        return tf.add((images - mean) * factor, mean, name=name)


def random_brightness(image, max_delta, seed=None):
    """adjust_brightness by a delta drawn uniformly from [-max_delta, max_delta)."""
    if max_delta < 0:
        raise ValueError('max_delta must be non-negative.')
    delta = tf.random_uniform([], -max_delta, max_delta, seed=seed)
    return adjust_brightness(image, delta)


def random_contrast(image, lower, upper, seed=None):
    """adjust_contrast by a factor drawn uniformly from [lower, upper)."""
    if upper <= lower:
        raise ValueError('upper must be > lower.')
    if lower < 0:
        raise ValueError('lower must be non-negative.')
    factor = tf.random_uniform([], lower, upper, seed=seed)
    return adjust_contrast(image, factor)


# ---- standardization -------------------------------------------------------------------------

def per_image_standardization(image):
    """(x - mean) / max(stddev, 1/sqrt(N)) per image, N = height*width*channels; float32 result."""
    with tf.name_scope(None, 'per_image_standardization', [image]) as scope:
        image, rank = _image(image, 'per_image_standardization')
        image = tf.cast(image, tf.float32)
        dims = tf.shape(image)[-3:]
        num_pixels = tf.reduce_prod(dims)
        mean = tf.reduce_mean(image, axis=[-1, -2, -3], keepdims=True)
        variance = tf.nn.relu(tf.reduce_mean(tf.square(image), axis=[-1, -2, -3], keepdims=True) - tf.square(mean))
        stddev = tf.sqrt(variance)
        min_stddev = tf.rsqrt(tf.cast(num_pixels, tf.float32))
        scale = tf.maximum(stddev, min_stddev)
        return tf.div(image - mean, scale, name=scope)


# ---- crops and pads (static sizes) -----------------------------------------------------------

def _ints(fn, **values):
    for key, v in values.items():
        if not isinstance(v, int) or isinstance(v, bool):
            _unsupported(fn, key, 'a tensor size or offset; pass a Python int')


def crop_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
    """The target_height x target_width window at (offset_height, offset_width); Python int sizes."""
    _ints('crop_to_bounding_box', offset_height=offset_height, offset_width=offset_width,
          target_height=target_height, target_width=target_width)
    with tf.name_scope(None, 'crop_to_bounding_box', [image]):
        image, rank = _image(image, 'crop_to_bounding_box')
        h, w = _static_hw(image, rank, 'crop_to_bounding_box')
        if offset_width < 0:
            raise ValueError('offset_width must be >= 0.')
        if offset_height < 0:
            raise ValueError('offset_height must be >= 0.')
        if target_width <= 0:
            raise ValueError('target_width must be > 0.')
        if target_height <= 0:
            raise ValueError('target_height must be > 0.')
        if w < target_width + offset_width:
            raise ValueError('width must be >= target + offset.')
        if h < target_height + offset_height:
            raise ValueError('height must be >= target + offset.')
        lead = [0] * (rank - 3)
        return tf.slice(image, lead + [offset_height, offset_width, 0],
                        [-1] * (rank - 3) + [target_height, target_width, -1])


def pad_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
    """Zero-pads to target_height x target_width with the image at (offset_height, offset_width)."""
    _ints('pad_to_bounding_box', offset_height=offset_height, offset_width=offset_width,
          target_height=target_height, target_width=target_width)
    with tf.name_scope(None, 'pad_to_bounding_box', [image]):
        image, rank = _image(image, 'pad_to_bounding_box')
        h, w = _static_hw(image, rank, 'pad_to_bounding_box')
        after_h = target_height - offset_height - h
        after_w = target_width - offset_width - w
        if offset_height < 0:
            raise ValueError('offset_height must be >= 0')
        if offset_width < 0:
            raise ValueError('offset_width must be >= 0')
        if after_w < 0:
            raise ValueError('width must be <= target - offset')
        if after_h < 0:
            raise ValueError('height must be <= target - offset')
        return tf.pad(image, [[0, 0]] * (rank - 3) + [[offset_height, after_h], [offset_width, after_w], [0, 0]])


def resize_image_with_crop_or_pad(image, target_height, target_width):
    """Centrally crops each too-large side and zero-pads each too-small side to the target size."""
    _ints('resize_image_with_crop_or_pad', target_height=target_height, target_width=target_width)
    with tf.name_scope(None, 'resize_image_with_crop_or_pad', [image]):
        image, rank = _image(image, 'resize_image_with_crop_or_pad')
        if target_width <= 0:
            raise ValueError('target_width must be > 0.')
        if target_height <= 0:
            raise ValueError('target_height must be > 0.')
        h, w = _static_hw(image, rank, 'resize_image_with_crop_or_pad')
        crop_h, crop_w = max((h - target_height) // 2, 0), max((w - target_width) // 2, 0)
        pad_h, pad_w = max((target_height - h) // 2, 0), max((target_width - w) // 2, 0)
        cropped = crop_to_bounding_box(image, crop_h, crop_w, min(target_height, h), min(target_width, w))
        return pad_to_bounding_box(cropped, pad_h, pad_w, target_height, target_width)


resize_with_crop_or_pad = resize_image_with_crop_or_pad
