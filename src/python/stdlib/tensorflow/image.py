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


# ---- resizing ------------------------------------------------------------------------------
# TF 1.15's legacy ResizeBilinear / ResizeNearestNeighbor kernels (half_pixel_centers=False),
# composed from tf.gather along height and width with the kernels' float32 source indices and
# weights, so the values match TF's and gradients flow through gather.

class ResizeMethod(object):
    BILINEAR = 0
    NEAREST_NEIGHBOR = 1
    BICUBIC = 2
    AREA = 3


def _f32(x):
    import numpy as np
    return np.float32(x)


def _scale(in_size, out_size, align_corners):
    if align_corners and out_size > 1:
        return _f32(in_size - 1) / _f32(out_size - 1)
    return _f32(in_size) / _f32(out_size)


def _nearest_index(in_size, out_size, align_corners):
    import math
    scale = _scale(in_size, out_size, align_corners)
    out = []
    for i in range(out_size):
        src = float(_f32(i) * scale)
        out.append(min(int(math.floor(src + 0.5)) if align_corners else int(math.floor(src)), in_size - 1))
    return out


def _linear_taps(in_size, out_size, align_corners):
    import math
    scale = _scale(in_size, out_size, align_corners)
    lower, upper, lerp = [], [], []
    for i in range(out_size):
        src = _f32(i) * scale
        lo = int(math.floor(float(src)))
        lower.append(lo)
        upper.append(min(int(math.ceil(float(src))), in_size - 1))
        lerp.append(float(src - _f32(lo)))
    return lower, upper, lerp


def _static_size(size, fn):
    if isinstance(size, (list, tuple)) and len(size) == 2 and all(isinstance(d, int) for d in size):
        return list(size)
    if hasattr(size, 'tolist'):
        value = size.tolist()
        if isinstance(value, list) and len(value) == 2 and all(isinstance(d, int) for d in value):
            return value
    _unsupported(fn, 'size', 'a size that is not two Python ints when the graph is built')


def _resize(images, size, fn, method, align_corners, name, scope_name, skip_if_same):
    with tf.name_scope(name, scope_name, [images]):
        images = tf.convert_to_tensor(images, name='images')
        rank = images.get_shape().ndims
        if rank is None:
            _unsupported(fn, 'images', 'images of unknown rank')
        if rank not in (3, 4):
            raise ValueError("'images' must have either 3 or 4 dimensions.")
        new_h, new_w = _static_size(size, fn)
        is_batch = rank == 4
        if not is_batch:
            images = tf.expand_dims(images, 0)
        height, width = images.get_shape().as_list()[1:3]
        if height is None or width is None:
            _unsupported(fn, 'images', 'images whose height or width is unknown when the graph is built')
        if skip_if_same and height == new_h and width == new_w:
            return images if is_batch else tf.squeeze(images, axis=[0])
        if method == ResizeMethod.NEAREST_NEIGHBOR:
            out = tf.gather(images, _nearest_index(height, new_h, align_corners), axis=1)
            out = tf.gather(out, _nearest_index(width, new_w, align_corners), axis=2)
        elif method == ResizeMethod.BILINEAR:
            images = tf.cast(images, tf.float32)
            y0, y1, ylerp = _linear_taps(height, new_h, align_corners)
            x0, x1, xlerp = _linear_taps(width, new_w, align_corners)
            left = tf.gather(images, x0, axis=2)
            right = tf.gather(images, x1, axis=2)
            xl = tf.constant(xlerp, dtype=tf.float32, shape=[1, 1, new_w, 1])
            across = left + (right - left) * xl
            top = tf.gather(across, y0, axis=1)
            bottom = tf.gather(across, y1, axis=1)
            yl = tf.constant(ylerp, dtype=tf.float32, shape=[1, new_h, 1, 1])
            out = top + (bottom - top) * yl
        else:
            _unsupported(fn, 'method', 'bicubic and area resizing')
        out.set_shape([images.get_shape().as_list()[0], new_h, new_w, images.get_shape().as_list()[3]])
        return out if is_batch else tf.squeeze(out, axis=[0])


def resize_images(images, size, method=ResizeMethod.BILINEAR, align_corners=False, preserve_aspect_ratio=False):
    """Resizes to size = [new_height, new_width] (bilinear results are float32; same size returns images)."""
    if preserve_aspect_ratio:
        _unsupported('resize_images', 'preserve_aspect_ratio', 'aspect-preserving resizes')
    return _resize(images, size, 'resize_images', method, align_corners, None, 'resize_images', True)


def resize_bilinear(images, size, align_corners=False, name=None, half_pixel_centers=False):
    """The ResizeBilinear kernel on a [batch, h, w, c] batch (float32 result)."""
    if half_pixel_centers:
        _unsupported('resize_bilinear', 'half_pixel_centers', 'half-pixel centres')
    return _resize(images, size, 'resize_bilinear', ResizeMethod.BILINEAR, align_corners, name, 'ResizeBilinear', False)


def resize_nearest_neighbor(images, size, align_corners=False, name=None, half_pixel_centers=False):
    """The ResizeNearestNeighbor kernel on a [batch, h, w, c] batch (dtype kept)."""
    if half_pixel_centers:
        _unsupported('resize_nearest_neighbor', 'half_pixel_centers', 'half-pixel centres')
    return _resize(images, size, 'resize_nearest_neighbor', ResizeMethod.NEAREST_NEIGHBOR, align_corners, name,
                   'ResizeNearestNeighbor', False)
